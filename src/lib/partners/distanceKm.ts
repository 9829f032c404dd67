// Great-circle distance between two [lon, lat] points, in kilometres (haversine; plenty for England).
const earthRadiusKm = 6371;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

export function distanceKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
	const dLat = radians(lat2 - lat1);
	const dLon = radians(lon2 - lon1);
	const a = Math.sin(dLat / 2) ** 2 + Math.cos(radians(lat1)) * Math.cos(radians(lat2)) * Math.sin(dLon / 2) ** 2;
	return 2 * earthRadiusKm * Math.asin(Math.sqrt(a));
}

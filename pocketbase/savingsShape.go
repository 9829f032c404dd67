package main

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
)

// The shape every stored savings figure must have, as pb_hooks/lib/savingsShape.js gives it for a stock
// binary (the app's own check is src/lib/domain/savings/validateSavings.ts): the same rules, in the same
// order, in the same words.

var (
	savingsKinds   = []string{"achieved", "target", "avoided", "unclear"}
	savingsPeriods = []string{"annual", "cumulative", "unclear"}
	savingsScope   = regexp.MustCompile(`^([EWSN][0-9]{8})?$`)
	savingsDate    = regexp.MustCompile(`^(\d{4}(-\d{2}(-\d{2})?)?)?$`)
	savingsSource  = regexp.MustCompile(`(?i)^https?://[^` + jsSpaces + `]+$`)
)

// What is wrong with a savings value (the field's JSON text), or "" when nothing is.
func savingsProblem(raw string) string {
	if raw == "" {
		return ""
	}
	figures, err := parseJSNumbers(raw)
	if err != nil {
		return "must be a JSON array of figures"
	}
	if figures == nil {
		return ""
	}
	list, ok := figures.([]any)
	if !ok {
		return "must be a JSON array of figures"
	}
	var seen []string
	for i, item := range list {
		n := fmt.Sprintf("figure %d", i+1)
		f, isObject := item.(map[string]any)
		if _, isArray := item.([]any); !isObject && !isArray {
			return n + " must be an object"
		}
		amount, isNumber := f["amount"].(float64)
		if !isNumber || !(amount > 0) || math.Floor(amount) != amount || amount > 1e12 {
			return n + " needs an amount in whole pounds greater than 0"
		}
		kind, isString := f["kind"].(string)
		if !isString || !slices.Contains(savingsKinds, kind) {
			return n + " needs a kind: " + strings.Join(savingsKinds, ", ")
		}
		period, isString := f["period"].(string)
		if !isString || !slices.Contains(savingsPeriods, period) {
			return n + " needs a period: " + strings.Join(savingsPeriods, ", ")
		}
		fromYear, fromOk := savingsYear(f, "fromYear")
		toYear, toOk := savingsYear(f, "toYear")
		if !fromOk || !toOk {
			return n + ": fromYear and toYear must be financial-year start years (e.g. 2012) or null"
		}
		if fromYear != nil && toYear != nil && *toYear < *fromYear {
			return n + ": toYear comes before fromYear"
		}
		scope, isString := f["scope"].(string)
		if !isString || !savingsScope.MatchString(scope) {
			return n + ": scope must be '' (the whole arrangement) or one council's GSS code"
		}
		if reported, isString := f["reported"].(string); !isString || !savingsDate.MatchString(reported) {
			return n + ": reported must be YYYY, YYYY-MM, YYYY-MM-DD or ''"
		}
		if source, isString := f["source"].(string); !isString || !savingsSource.MatchString(source) {
			return n + " needs a source web address starting with http:// or https://"
		}
		if basis, isString := f["basis"].(string); !isString || jsTrim(basis) == "" {
			return n + " needs its basis: what the source says about the figure"
		}
		key := kind + " " + period + " " + scope
		if slices.Contains(seen, key) {
			whole := scope
			if whole == "" {
				whole = "the whole arrangement"
			}
			return fmt.Sprintf("%s repeats a %s %s figure for %s: keep one", n, kind, period, whole)
		}
		seen = append(seen, key)
	}
	return ""
}

// A figure's year: null (nil, true) or a whole number from 1900 to 2100; anything else, or none, is not one.
func savingsYear(figure map[string]any, name string) (*float64, bool) {
	value, present := figure[name]
	if !present {
		return nil, false
	}
	if value == nil {
		return nil, true
	}
	year, isNumber := value.(float64)
	if !isNumber || year < 1900 || year > 2100 || math.Floor(year) != year {
		return nil, false
	}
	return &year, true
}

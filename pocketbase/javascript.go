package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// What JavaScript makes of a JSON value, for the Go hooks that must answer exactly as the JS hooks they
// stand in for (a stock binary runs those): how JSON.parse reads numbers, what String() and
// JSON.stringify write, which characters \s and trim() take for white space. Go's own answers differ at
// the edges (its \s is ASCII only, its encoder sorts keys), and the edges are where the two would part.

// JavaScript's white space and line terminators, which its \s, \S and String#trim mean (Go's \s is ASCII
// only, and its unicode.IsSpace differs by two characters).
const jsSpaces = `\t\n\v\f\r \x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}\x{feff}`

func isJSSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

func jsTrim(text string) string {
	return strings.TrimFunc(text, isJSSpace)
}

// parseJSNumbers reads JSON as JSON.parse does: every number a float64, one too large for it infinite.
func parseJSNumbers(raw string) (any, error) {
	decoder := json.NewDecoder(strings.NewReader(raw))
	decoder.UseNumber()
	var value any
	if err := decoder.Decode(&value); err != nil {
		return nil, err
	}
	if strings.Trim(raw[decoder.InputOffset():], " \t\n\r") != "" {
		return nil, errors.New("more than one JSON value")
	}
	return jsNumbers(value), nil
}

func jsNumbers(value any) any {
	switch v := value.(type) {
	case json.Number:
		number, _ := strconv.ParseFloat(string(v), 64) // out of range: ±Inf, as JSON.parse gives
		return number
	case []any:
		for i := range v {
			v[i] = jsNumbers(v[i])
		}
	case map[string]any:
		for key := range v {
			v[key] = jsNumbers(v[key])
		}
	}
	return value
}

// jsString is JavaScript's String(value || ""), for a value JSON.parse gave.
func jsString(value any) string {
	switch v := value.(type) {
	case string:
		return v
	case float64:
		if v == 0 {
			return ""
		}
		return jsElementString(v)
	case bool:
		if !v {
			return ""
		}
		return "true"
	case map[string]any:
		return "[object Object]"
	case []any:
		parts := make([]string, len(v))
		for i, item := range v {
			if item != nil {
				parts[i] = jsElementString(item)
			}
		}
		return strings.Join(parts, ",")
	}
	return ""
}

// An array element as Array#join writes it: String(element), which keeps 0 and false.
func jsElementString(value any) string {
	switch v := value.(type) {
	case float64:
		if math.IsInf(v, 1) {
			return "Infinity"
		}
		if math.IsInf(v, -1) {
			return "-Infinity"
		}
		return jsNumber(v)
	case bool:
		if v {
			return "true"
		}
		return "false"
	}
	return jsString(value)
}

// jsJSON is JSON.stringify(JSON.parse(raw)): keys in the order JavaScript keeps them (array indices first,
// then as written; a repeated key keeps its first place and its last value), numbers and strings written
// as JavaScript writes them. Comparing Go's encoding instead would call two values equal, or different,
// where the JS audit does not.
func jsJSON(raw []byte) (string, error) {
	decoder := json.NewDecoder(bytes.NewReader(raw))
	decoder.UseNumber()
	var out strings.Builder
	if err := writeJSValue(decoder, &out); err != nil {
		return "", err
	}
	return out.String(), nil
}

func writeJSValue(decoder *json.Decoder, out *strings.Builder) error {
	token, err := decoder.Token()
	if err != nil {
		return err
	}
	switch value := token.(type) {
	case json.Delim:
		if value == '[' {
			out.WriteByte('[')
			for i := 0; decoder.More(); i++ {
				if i > 0 {
					out.WriteByte(',')
				}
				if err := writeJSValue(decoder, out); err != nil {
					return err
				}
			}
			out.WriteByte(']')
		} else {
			var keys []string
			members := map[string]string{}
			for decoder.More() {
				key, err := decoder.Token()
				if err != nil {
					return err
				}
				var member strings.Builder
				if err := writeJSValue(decoder, &member); err != nil {
					return err
				}
				name := key.(string)
				if _, seen := members[name]; !seen {
					keys = append(keys, name)
				}
				members[name] = member.String()
			}
			// JavaScript lists keys that are array indices first, in ascending order.
			sort.SliceStable(keys, func(i, j int) bool {
				a, aIndex := arrayIndex(keys[i])
				b, bIndex := arrayIndex(keys[j])
				return aIndex && (!bIndex || a < b)
			})
			out.WriteByte('{')
			for i, key := range keys {
				if i > 0 {
					out.WriteByte(',')
				}
				out.WriteString(jsQuote(key))
				out.WriteByte(':')
				out.WriteString(members[key])
			}
			out.WriteByte('}')
		}
		_, err = decoder.Token() // the closing delimiter
		return err
	case json.Number:
		number, err := strconv.ParseFloat(string(value), 64)
		if err != nil && !math.IsInf(number, 0) {
			return err
		}
		out.WriteString(jsNumber(number))
	case string:
		out.WriteString(jsQuote(value))
	case bool:
		out.WriteString(strconv.FormatBool(value))
	case nil:
		out.WriteString("null")
	}
	return nil
}

// arrayIndex reads a key as an array index: a whole number below 2^32 - 1, written without leading zeros.
func arrayIndex(key string) (uint64, bool) {
	if key == "" || (key[0] == '0' && len(key) > 1) {
		return 0, false
	}
	index, err := strconv.ParseUint(key, 10, 64)
	if err != nil || index >= math.MaxUint32 {
		return 0, false
	}
	return index, true
}

// jsNumber writes a number as JavaScript's Number#toString does (JSON.stringify writes infinities as null).
func jsNumber(number float64) string {
	if math.IsInf(number, 0) || math.IsNaN(number) {
		return "null"
	}
	if number == 0 {
		return "0"
	}
	if magnitude := math.Abs(number); magnitude >= 1e-6 && magnitude < 1e21 {
		return strconv.FormatFloat(number, 'f', -1, 64)
	}
	// Go pads the exponent to two digits (1e-07), JavaScript does not (1e-7).
	mantissa, exponent, _ := strings.Cut(strconv.FormatFloat(number, 'e', -1, 64), "e")
	sign, digits := exponent[:1], strings.TrimLeft(exponent[1:], "0")
	return mantissa + "e" + sign + digits
}

// jsQuote writes a string as JSON.stringify does: only quotes, backslashes and control characters escaped.
func jsQuote(text string) string {
	var out strings.Builder
	out.WriteByte('"')
	for _, r := range text {
		switch r {
		case '"':
			out.WriteString(`\"`)
		case '\\':
			out.WriteString(`\\`)
		case '\b':
			out.WriteString(`\b`)
		case '\f':
			out.WriteString(`\f`)
		case '\n':
			out.WriteString(`\n`)
		case '\r':
			out.WriteString(`\r`)
		case '\t':
			out.WriteString(`\t`)
		default:
			if r < 0x20 {
				fmt.Fprintf(&out, `\u%04x`, r)
			} else {
				out.WriteRune(r)
			}
		}
	}
	out.WriteByte('"')
	return out.String()
}

package main

import (
	"regexp"
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/router"
)

// What an initiative must be however it is saved (pb_hooks/initiatives.pb.js says why each rule exists and
// registers the same checks for a stock binary): its sources, its status's as-of date and its savings
// figures. Every initiative an import writes runs them, so they live here rather than in pb_hooks/: a JS
// hook costs a JS VM call per record. Same rules, same order, same words as the JS.

var (
	sourceURL = regexp.MustCompile(`(?i)^https?://[^` + jsSpaces + `]+$`)
	asOfDate  = regexp.MustCompile(`^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$`)
)

func registerInitiativeChecks(app core.App) {
	app.OnRecordValidate("initiatives").BindFunc(func(e *core.RecordEvent) error {
		if err := sourcesProblem(e.Record); err != nil {
			return err
		}
		if err := statusAsOfProblem(e.Record.GetString("status_as_of")); err != nil {
			return err
		}
		if problem := savingsProblem(e.Record.GetString("savings")); problem != "" {
			return fieldError("Savings: "+problem+".", "savings", "validation_savings", problem)
		}
		return e.Next()
	})
}

func fieldError(message, field, code, detail string) error {
	return router.NewBadRequestError(message, map[string]any{field: validation.NewError(code, detail)})
}

func sourcesProblem(record *core.Record) error {
	text := record.GetString("sources")
	if text == "" {
		text = "[]"
	}
	parsed, err := parseJSNumbers(text)
	list, isList := parsed.([]any)
	web := func(source any) bool {
		fields, isObject := source.(map[string]any)
		if _, isArray := source.([]any); !isObject && !isArray {
			return false
		}
		return sourceURL.MatchString(jsString(fields["url"]))
	}
	if err != nil || !isList || !everySource(list, web) {
		return fieldError("Every source must have a web address starting with http:// or https://.",
			"sources", "validation_source_url", "each source needs a url starting with http:// or https://")
	}
	mirrorFlag := func(source any) bool {
		fields, _ := source.(map[string]any)
		mirror, present := fields["mirror"]
		_, isBool := mirror.(bool)
		return !present || isBool
	}
	if !everySource(list, mirrorFlag) {
		return fieldError("A source’s mirror flag must be true or false.", "sources", "validation_source_mirror", "mirror must be true or false")
	}
	if record.GetString("lifecycle") == "published" && len(list) == 0 {
		return fieldError("A published initiative needs at least one source web address.",
			"sources", "validation_source_required", "at least one source web address is required to publish")
	}
	return nil
}

func everySource(list []any, test func(any) bool) bool {
	for _, source := range list {
		if !test(source) {
			return false
		}
	}
	return true
}

func statusAsOfProblem(asOf string) error {
	if asOf == "" {
		return nil
	}
	match := asOfDate.FindStringSubmatch(asOf)
	full := ""
	if match != nil {
		month, day := match[2], match[3]
		if month == "" {
			month = "01"
		}
		if day == "" {
			day = "01"
		}
		full = match[1] + "-" + month + "-" + day
	}
	if _, err := time.Parse(time.DateOnly, full); match == nil || err != nil {
		return fieldError("The status’s as-of date must be a date such as 2012-06-18, 2012-06 or 2012.",
			"status_as_of", "validation_status_as_of", "write the date of the evidence as 2012-06-18, 2012-06 or 2012")
	}
	if full > time.Now().UTC().Format(time.DateOnly) {
		return fieldError("The status’s as-of date is in the future; give the date of the evidence behind the status.",
			"status_as_of", "validation_status_as_of_future", "the date of the evidence cannot be in the future")
	}
	return nil
}

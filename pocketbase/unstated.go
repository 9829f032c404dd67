package main

import "github.com/pocketbase/pocketbase/core"

// Number columns cannot hold null, so a year or an expected saving that no source states is stored as 0
// (which no such field can really be) and answered as null: every REST answer, expanded record and
// realtime message, so a sum or an average over the API cannot count an unknown as nothing.
//
// This runs once per record of every answer, so it lives here rather than in pb_hooks/: a JS hook costs a
// JS VM call per record, which made reading every initiative many times slower than the query itself.
// pb_hooks/unstated.pb.js registers the same rule only for a stock binary (POCKETBASE_BIN), told apart
// by launcherEnv.
var unstatedWhenZero = map[string][]string{
	"initiatives":        {"start_year", "end_year"},
	"initiative_members": {"start_year"},
	"programmes":         {"expected_savings_min", "expected_savings_max"},
}

// Set by this launcher for the JS hooks it runs.
const launcherEnv = "MAP_POCKETBASE_LAUNCHER"

func registerUnstated(app core.App) {
	tags := make([]string, 0, len(unstatedWhenZero))
	for name := range unstatedWhenZero {
		tags = append(tags, name)
	}
	app.OnRecordEnrich(tags...).BindFunc(func(e *core.RecordEnrichEvent) error {
		for _, name := range unstatedWhenZero[e.Record.Collection().Name] {
			if e.Record.GetFloat(name) == 0 {
				e.Record.SetRaw(name, nil)
			}
		}
		return e.Next()
	})
}

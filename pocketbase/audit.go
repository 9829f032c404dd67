package main

import (
	"encoding/json"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/spf13/cast"
)

// The audit trail's model hooks (pb_hooks/audit.pb.js says what the trail is and keeps the request hooks
// that stamp each record with its actor): every create, update and delete of an audited record writes a
// `changes` record in the same transaction.
//
// They run for every record a write touches, an import's hundreds included, so they live here rather than
// in pb_hooks/: a JS hook costs a JS VM call per record. pb_hooks/lib/audit.js writes the same records
// for a stock binary (POCKETBASE_BIN); the two must agree field for field.

var audited = []string{"initiatives", "participations", "revisions", "initiative_relations"}

// Record fields the trail leaves out, besides autodates and passwords.
var auditSkipped = map[string]bool{"id": true, "created": true, "updated": true}

const (
	auditStampKey   = "@audit"
	auditCascadeKey = "audit-cascade:"
)

func registerAudit(app core.App) {
	app.OnRecordCreate(audited...).BindFunc(func(e *core.RecordEvent) error {
		if err := e.Next(); err != nil {
			return err
		}
		return writeChange(e.App, nil, e.Record)
	})
	app.OnRecordUpdate(audited...).BindFunc(func(e *core.RecordEvent) error {
		before := e.Record.Original()
		if err := e.Next(); err != nil {
			return err
		}
		return writeChange(e.App, before, e.Record)
	})
	app.OnRecordDelete(audited...).BindFunc(func(e *core.RecordEvent) error {
		if err := e.Next(); err != nil {
			return err
		}
		return writeChange(e.App, e.Record, nil)
	})
}

// One field's value as the JS trail reads it: the record's public JSON, parsed. `text` is what JSON.stringify
// gives for it, which is how the JS trail tells a changed value from an unchanged one.
type auditValue struct {
	text  string
	value any
}

// The record's field values by name, in field order (none for a nil record); `compared` when an update
// needs their text to tell which changed.
func auditValues(record *core.Record, compared bool) ([]string, map[string]auditValue, error) {
	values := map[string]auditValue{}
	if record == nil {
		return nil, values, nil
	}
	// As JSON.parse(JSON.stringify(record)) reads it.
	exported := record.PublicExport()
	raw, err := json.Marshal(exported)
	if err != nil {
		return nil, nil, err
	}
	var parsed map[string]any
	if err := json.Unmarshal(raw, &parsed); err != nil {
		return nil, nil, err
	}
	var names []string
	for _, field := range record.Collection().Fields {
		name := field.GetName()
		if auditSkipped[name] || field.Type() == core.FieldTypeAutodate || field.Type() == core.FieldTypePassword {
			continue
		}
		value := auditValue{value: parsed[name]}
		if compared {
			raw, err := json.Marshal(exported[name])
			if err != nil {
				return nil, nil, err
			}
			if value.text, err = jsJSON(raw); err != nil {
				return nil, nil, err
			}
		}
		names = append(names, name)
		values[name] = value
	}
	return names, values, nil
}

// Writes one change record for a create (before nil), update or delete (after nil).
func writeChange(app core.App, before, after *core.Record) error {
	record := after
	if record == nil {
		record = before
	}
	collection := record.Collection().Name
	compared := before != nil && after != nil
	oldNames, old, err := auditValues(before, compared)
	if err != nil {
		return err
	}
	newNames, now, err := auditValues(after, compared)
	if err != nil {
		return err
	}
	names := newNames
	if before != nil {
		names = oldNames
	}
	diff := map[string]any{}
	for _, name := range names {
		var from, to auditValue
		if before != nil {
			from = old[name]
		}
		if after != nil {
			to = now[name]
		}
		if before == nil || after == nil || from.text != to.text {
			diff[name] = map[string]any{"before": from.value, "after": to.value}
		}
	}
	if before != nil && after != nil && len(diff) == 0 {
		return nil
	}
	action := "update"
	stateField := map[string]string{"initiatives": "lifecycle", "revisions": "status"}[collection]
	if before == nil {
		action = "create"
	} else if after == nil {
		action = "delete"
	} else if _, changed := diff[stateField]; stateField != "" && changed {
		action = "state"
	}
	// A relation is filed under the initiative it starts from (its diff names the other end).
	var initiative string
	var ends []string
	switch collection {
	case "initiatives":
		initiative = record.Id
		ends = []string{initiative}
	case "initiative_relations":
		initiative = record.GetString("from_initiative")
		ends = []string{initiative, record.GetString("to_initiative")}
	default:
		initiative = record.GetString("initiative")
		ends = []string{initiative}
	}

	var who map[string]any
	if raw := cast.ToString(record.GetRaw(auditStampKey)); raw != "" {
		if err := json.Unmarshal([]byte(raw), &who); err != nil {
			return err
		}
	}
	for i := 0; who == nil && i < len(ends); i++ {
		if ends[i] != "" {
			who, _ = app.Store().Get(auditCascadeKey + ends[i]).(map[string]any)
		}
	}
	if who == nil {
		who = map[string]any{"actor": "system", "name": "system", "via": "api"}
	}

	changes, err := app.FindCachedCollectionByNameOrId("changes")
	if err != nil {
		return err
	}
	change := core.NewRecord(changes)
	change.Set("collection", collection)
	change.Set("record", record.Id)
	change.Set("initiative", initiative)
	change.Set("action", action)
	change.Set("actor", who["actor"])
	change.Set("actor_name", who["name"])
	change.Set("actor_role", cast.ToString(who["role"]))
	change.Set("via", who["via"])
	change.Set("diff", diff)
	change.Set("public", changeIsPublic(app, collection, before, after, initiative))
	return app.Save(change)
}

// Whether anyone but an editor can see the change (lib/audit.js isPublic says when that is).
func changeIsPublic(app core.App, collection string, before, after *core.Record, initiative string) bool {
	published := func(record *core.Record) bool { return record != nil && record.GetString("lifecycle") == "published" }
	if collection == "initiatives" {
		return published(before) || published(after)
	}
	publishedID := func(id string) bool {
		if cascade, ok := app.Store().Get(auditCascadeKey + id).(map[string]any); ok {
			if value, ok := cascade["published"].(bool); ok {
				return value
			}
		}
		// Only its lifecycle: loading the whole record for every council link of an import cost more than the rest of the hook.
		var lifecycle string
		err := app.DB().NewQuery("SELECT lifecycle FROM initiatives WHERE id = {:id}").Bind(dbx.Params{"id": id}).Row(&lifecycle)
		if err != nil {
			return true // the initiative is gone and nothing says what it was: counted, to be safe
		}
		return lifecycle == "published"
	}
	if collection == "initiative_relations" {
		visible := func(record *core.Record) bool {
			return record != nil && publishedID(record.GetString("from_initiative")) && publishedID(record.GetString("to_initiative"))
		}
		return visible(before) || visible(after)
	}
	if collection != "participations" {
		return false
	}
	return publishedID(initiative)
}

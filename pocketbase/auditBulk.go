package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
)

// A write of many records (pb_hooks/lib/writeInitiatives.js) saves a change record for each of them, and a
// row INSERT of its own was a good part of each save. Inside auditInBulk(txApp, write) the change records
// are saved as ever (validated, their hooks run, realtime told after the commit) except for that last
// step: their rows are kept and inserted a few hundred to a statement when the write is done, in the same
// transaction and in the same order. A stock binary has no auditInBulk; there each row is inserted as it
// is saved, with the same content.

// Rows of change records waiting for their INSERT, by the transaction that saved them.
var bulkAudits sync.Map // *core.TxAppInfo → *auditRows

type auditRows struct {
	rows []map[string]any
}

// Rows per INSERT: well under SQLite's limit of bound values in one statement.
const auditRowsPerInsert = 200

func registerAuditBulk(app core.App) {
	app.OnRecordCreateExecute("changes").Bind(&hook.Handler[*core.RecordEvent]{
		// After PocketBase's own handler, which stamps `at`, and just before the INSERT it leads to.
		Priority: 100,
		Func: func(e *core.RecordEvent) error {
			info := e.App.TxInfo()
			if info == nil {
				return e.Next()
			}
			pending, ok := bulkAudits.Load(info)
			if !ok {
				return e.Next()
			}
			row, err := e.Record.DBExport(e.App)
			if err != nil {
				return err
			}
			if _, ok := row["id"]; !ok {
				row["id"] = e.Record.PK()
			}
			batch := pending.(*auditRows)
			batch.rows = append(batch.rows, row)
			return nil
		},
	})
}

// bindAuditBulk gives every hook VM auditInBulk(txApp, write): runs write() and then inserts the rows of
// the change records it saved.
func bindAuditBulk(vm *goja.Runtime) {
	vm.Set("auditInBulk", auditInBulk)
}

func auditInBulk(app core.App, write func() error) error {
	info := app.TxInfo()
	if info == nil {
		return write() // no transaction to keep the rows for: each is inserted as it is saved
	}
	batch := &auditRows{}
	if _, nested := bulkAudits.LoadOrStore(info, batch); nested {
		return write() // the outer call inserts them
	}
	defer bulkAudits.Delete(info)
	if err := write(); err != nil {
		return err
	}
	return insertAuditRows(app, batch.rows)
}

func insertAuditRows(app core.App, rows []map[string]any) error {
	if len(rows) == 0 {
		return nil
	}
	columns := make([]string, 0, len(rows[0]))
	for column := range rows[0] {
		columns = append(columns, column)
	}
	sort.Strings(columns)
	quoted := make([]string, len(columns))
	for i, column := range columns {
		quoted[i] = "[[" + column + "]]"
	}
	for start := 0; start < len(rows); start += auditRowsPerInsert {
		chunk := rows[start:min(start+auditRowsPerInsert, len(rows))]
		params := dbx.Params{}
		values := make([]string, len(chunk))
		for r, row := range chunk {
			placeholders := make([]string, len(columns))
			for c, column := range columns {
				name := fmt.Sprintf("r%dc%d", r, c)
				params[name] = row[column]
				placeholders[c] = "{:" + name + "}"
			}
			values[r] = "(" + strings.Join(placeholders, ", ") + ")"
		}
		query := "INSERT INTO {{changes}} (" + strings.Join(quoted, ", ") + ") VALUES " + strings.Join(values, ", ")
		if _, err := app.DB().NewQuery(query).Bind(params).Execute(); err != nil {
			return err
		}
	}
	return nil
}

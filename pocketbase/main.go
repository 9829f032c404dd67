// PocketBase for the shared services map: the stock server plus the JS VM (migrations in
// ../pb_migrations, hooks in ../pb_hooks) and the migrate command. Built by `npm run build:pb`.
package main

import (
	"log"
	"os"

	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/plugins/jsvm"
	"github.com/pocketbase/pocketbase/plugins/migratecmd"
)

func main() {
	// Not pocketbase.New(): it turns on dev mode (every SQL statement formatted and printed) whenever the
	// binary lies under the temp folder, as it does in a clone under /tmp. `--dev` still turns it on.
	app := pocketbase.NewWithConfig(pocketbase.Config{DefaultDev: false})

	var migrationsDir, hooksDir string
	var hooksWatch bool
	var hooksPool int
	app.RootCmd.PersistentFlags().StringVar(&migrationsDir, "migrationsDir", "pb_migrations", "the directory with the JS migrations")
	app.RootCmd.PersistentFlags().StringVar(&hooksDir, "hooksDir", "pb_hooks", "the directory with the JS hooks (*.pb.js)")
	app.RootCmd.PersistentFlags().BoolVar(&hooksWatch, "hooksWatch", false, "restart the app when a hook file changes (development only)")
	// Without a pool every hook call builds a new JS VM (about 3 ms of CPU here), and one write runs
	// several nested hooks: stock PocketBase keeps 15 warm, and so do we.
	app.RootCmd.PersistentFlags().IntVar(&hooksPool, "hooksPool", 15, "how many JS VMs to keep warm for running hooks")
	app.RootCmd.ParseFlags(os.Args[1:])

	registerUnstated(app)
	registerAudit(app)
	registerAuditBulk(app)
	registerInitiativeChecks(app)
	os.Setenv(launcherEnv, "1")
	jsvm.MustRegister(app, jsvm.Config{
		OnInit:        bindAuditBulk,
		MigrationsDir: migrationsDir,
		HooksDir:      hooksDir,
		HooksWatch:    hooksWatch,
		HooksPoolSize: hooksPool,
	})

	// Automigrate stays off: schema changes are written by hand as one migration per change.
	migratecmd.MustRegister(app, app.RootCmd, migratecmd.Config{
		TemplateLang: migratecmd.TemplateLangJS,
		Automigrate:  false,
		Dir:          migrationsDir,
	})

	if err := app.Start(); err != nil {
		log.Fatal(err)
	}
}

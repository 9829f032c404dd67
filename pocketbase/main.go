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
	app := pocketbase.New()

	var migrationsDir, hooksDir string
	var hooksWatch bool
	app.RootCmd.PersistentFlags().StringVar(&migrationsDir, "migrationsDir", "pb_migrations", "the directory with the JS migrations")
	app.RootCmd.PersistentFlags().StringVar(&hooksDir, "hooksDir", "pb_hooks", "the directory with the JS hooks (*.pb.js)")
	app.RootCmd.PersistentFlags().BoolVar(&hooksWatch, "hooksWatch", false, "restart the app when a hook file changes (development only)")
	app.RootCmd.ParseFlags(os.Args[1:])

	jsvm.MustRegister(app, jsvm.Config{
		MigrationsDir: migrationsDir,
		HooksDir:      hooksDir,
		HooksWatch:    hooksWatch,
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

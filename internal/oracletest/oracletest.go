// Package oracletest locates the shared test vectors (../shared/oracle
// beside the checkout) for conformance tests, and skips a test with a clear
// message when they are absent, as they are in a user's clone.
package oracletest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// EnvDir names an environment variable that, when set, overrides where the
// oracle directory is looked for.
const EnvDir = "KAVACH_ORACLE_DIR"

// Dir returns the oracle directory, or skips t when it cannot be found.
func Dir(t testing.TB) string {
	t.Helper()
	if d := os.Getenv(EnvDir); d != "" {
		return d
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Skipf("oracle: cannot get working directory: %v", err)
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			dir := filepath.Join(filepath.Dir(d), "shared", "oracle")
			if _, err := os.Stat(dir); err != nil {
				t.Skipf("oracle vectors not found at %s (they sit beside the checkout in CI; set %s to point elsewhere)", dir, EnvDir)
			}
			return dir
		}
		if filepath.Dir(d) == d {
			t.Skipf("oracle: no go.mod above %s", wd)
		}
	}
}

// Read returns the contents of the named oracle file, skipping t when the
// oracle is absent and failing it when the file cannot be read.
func Read(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(Dir(t), name))
	if err != nil {
		t.Fatalf("oracle: %v", err)
	}
	return b
}

// JSON decodes the named oracle file into v.
func JSON(t testing.TB, name string, v any) {
	t.Helper()
	if err := json.Unmarshal(Read(t, name), v); err != nil {
		t.Fatalf("oracle: %s: %v", name, err)
	}
}

// TSV returns the rows of the named tab-separated oracle file as maps from
// the header's column names, skipping comment lines that start with '#'.
func TSV(t testing.TB, name string) []map[string]string {
	t.Helper()
	var header []string
	var rows []map[string]string
	for _, line := range strings.Split(string(Read(t, name)), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if header == nil {
			header = fields
			continue
		}
		row := make(map[string]string, len(header))
		for i, h := range header {
			if i < len(fields) {
				row[h] = fields[i]
			}
		}
		rows = append(rows, row)
	}
	if len(rows) == 0 {
		t.Fatalf("oracle: %s has no rows", name)
	}
	return rows
}

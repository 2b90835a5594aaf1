package redact_test

import "testing"

// TestSQLColumns: an INSERT's column list speaks for its values, as a CSV
// header does for its rows.
func TestSQLColumns(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"a date of birth and a name by column",
			"INSERT INTO customers (id, full_name, dob, created_at) VALUES (65539, 'G Saritha', '1966-11-07', '2024-09-18 10:22:31');\n",
			"INSERT INTO customers (id, full_name, dob, created_at) VALUES (65539, 'X XXXXXXX', 'XXXX-XX-XX', '2024-09-18 10:22:31');\n"},
		{"pg_dump's COPY block: the statement names the tab-separated columns",
			"COPY public.members (id, full_name, dob, pincode, created_at) FROM stdin;\n9586\tLipsa Sahoo\t1966-06-01\t400851\t2025-11-06 10:26:00+05:30\n\\.\n",
			"COPY public.members (id, full_name, dob, pincode, created_at) FROM stdin;\n9586\tXXXXX XXXXX\tXXXX-XX-XX\tXXXXXX\t2025-11-06 10:26:00+05:30\n\\.\n"},
		{"a COPY to a file is no block", "COPY members (id, dob) TO '/tmp/x.csv';\n9586\t1966-06-01\n", "COPY members (id, dob) TO '/tmp/x.csv';\n9586\t1966-06-01\n"},
		{"an order id and a SKU keep look-alikes readable",
			"INSERT INTO orders (order_id, sku, qty) VALUES (9015646019, 'JNAPE6960I', 2);\n",
			"INSERT INTO orders (order_id, sku, qty) VALUES (9015646019, 'JNAPE6960I', 2);\n"},
		{"in a log line, with quoted identifiers and an escaped quote",
			"10:00:00 DEBUG sql: INSERT INTO `kyc` (`name`, `passport_no`, `pin`) VALUES ('O''Brien Kumar', 'J8369854', 560034)\n",
			"10:00:00 DEBUG sql: INSERT INTO `kyc` (`name`, `passport_no`, `pin`) VALUES ('X''XXXXX XXXXX', 'XXXXXXXX', XXXXXX)\n"},
		{"lower case, at the end of the input",
			"insert into t (passport) values ('J8369854')",
			"insert into t (passport) values ('XXXXXXXX')"},
		{"more values than columns: read as text",
			"INSERT INTO t (full_name) VALUES ('Qwerty Zxcv', 1)\n",
			"INSERT INTO t (full_name) VALUES ('Qwerty Zxcv', 1)\n"},
		{"a dump's multi-row INSERT, one tuple a line, and the text after its ';'",
			"INSERT INTO `customers` (`id`,`full_name`,`dob`,`pan`) VALUES\n(23791,'Zorbin Quenk','1969-10-16','JSDPS6163K'),\n(23792,'Qwe Rty','1973-04-07',NULL);\nok 1990-01-01\n",
			"INSERT INTO `customers` (`id`,`full_name`,`dob`,`pan`) VALUES\n(23791,'XXXXXX XXXXX','XXXX-XX-XX','XXXXXXXXXX'),\n(23792,'XXX XXX','XXXX-XX-XX',NULL);\nok 1990-01-01\n"},
		{"the next line is read as text",
			"INSERT INTO t (passport, x) VALUES ('J8369854', 1)\n'J8369854', 1\n",
			"INSERT INTO t (passport, x) VALUES ('XXXXXXXX', 1)\n'J8369854', 1\n"},
		{"no column list",
			"INSERT INTO vendors VALUES ('Deccan Auto Parts', 'J8369854', 75);\n",
			"INSERT INTO vendors VALUES ('Deccan Auto Parts', 'J8369854', 75);\n"},
		{"placeholders, the values bound below (SQLAlchemy's echo)",
			"10:14:55 INFO sqlalchemy.engine.Engine INSERT INTO c (full_name, passport, dob) VALUES (?, ?, ?)\n10:14:55 INFO sqlalchemy.engine.Engine [generated in 0.00015s] ('Zorbin Quenk', 'J8369854', '1993-01-11')\n",
			"10:14:55 INFO sqlalchemy.engine.Engine INSERT INTO c (full_name, passport, dob) VALUES (?, ?, ?)\n10:14:55 INFO sqlalchemy.engine.Engine [generated in 0.00015s] ('XXXXXX XXXXX', 'XXXXXXXX', 'XXXX-XX-XX')\n"},
		{"placeholders, one parameter a line (Hibernate)",
			"Hibernate: insert into d (full_name, dob, fleet_id) values (?, ?, ?)\nTRACE BasicBinder - binding parameter [1] as [VARCHAR] - [Zorbin Quenk]\nTRACE BasicBinder - binding parameter [2] as [DATE] - [2002-10-22]\nTRACE BasicBinder - binding parameter [3] as [BIGINT] - [2002]\n",
			"Hibernate: insert into d (full_name, dob, fleet_id) values (?, ?, ?)\nTRACE BasicBinder - binding parameter [1] as [VARCHAR] - [XXXXXX XXXXX]\nTRACE BasicBinder - binding parameter [2] as [DATE] - [XXXX-XX-XX]\nTRACE BasicBinder - binding parameter [3] as [BIGINT] - [2002]\n"},
		{"numbered parameters and defaults, bound on the statement's line (TypeORM)",
			`query failed: INSERT INTO "v"("id", "holder_name", "epic_no", "created_at") VALUES (DEFAULT, $1, $2, DEFAULT) RETURNING "id" -- PARAMETERS: ["Zorbin Quenk","KLV6763270"]` + "\n",
			`query failed: INSERT INTO "v"("id", "holder_name", "epic_no", "created_at") VALUES (DEFAULT, $1, $2, DEFAULT) RETURNING "id" -- PARAMETERS: ["XXXXXX XXXXX","XXXXXXXXXX"]` + "\n"},
		{"numbered parameters bound on the next line (PostgreSQL's log)",
			"LOG:  execute <unnamed>: INSERT INTO b (name, account_no, note) VALUES ($1, $2, $3)\nDETAIL:  parameters: $1 = 'Zorbin O''Quenk', $2 = '119579966099', $3 = NULL\n",
			"LOG:  execute <unnamed>: INSERT INTO b (name, account_no, note) VALUES ($1, $2, $3)\nDETAIL:  parameters: $1 = 'XXXXXX X''XXXXX', $2 = 'XXXXXXXXXXXX', $3 = NULL\n"},
		{"a statement inside a line in lower case, its bindings in a list (knex)",
			"knex:query insert into `patients` (`dob`, `full_name`, `pincode`) values (?, ?, ?) undefined\nknex:bindings [ '1994-12-09', 'Zorbin Quenk', '301154' ] undefined\n",
			"knex:query insert into `patients` (`dob`, `full_name`, `pincode`) values (?, ?, ?) undefined\nknex:bindings [ 'XXXX-XX-XX', 'XXXXXX XXXXX', 'XXXXXX' ] undefined\n"},
		{"a tuple with other than as many values is no parameters",
			"INSERT INTO c (passport, dob) VALUES (%s, %s)\nretry ('J8369854', '1993-01-11', 3)\n",
			"INSERT INTO c (passport, dob) VALUES (%s, %s)\nretry ('J8369854', '1993-01-11', 3)\n"},
	} {
		t.Run(tt.name, func(t *testing.T) { expectRedacted(t, tt.in, tt.want) })
	}
}

// TestAccountBesideIFSC: an account number written next to its branch's
// IFSC needs no other context word.
func TestAccountBesideIFSC(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"SQL values",
			"VALUES ('Deccan Auto Parts', '3210879549', 'KKBK0196775', 75);",
			"VALUES ('Deccan Auto Parts', 'XXXXXXXXXX', 'XXXXXXXXXXX', 75);"},
		{"slash between",
			"Salary: 604789492605203 / UBIN0006303 (Union Bank of India)",
			"Salary: XXXXXXXXXXXXXXX / XXXXXXXXXXX (Union Bank of India)"},
		{"the IFSC's word between",
			"Payment to 309686462827542489 IFSC ICIC0041816.",
			"Payment to XXXXXXXXXXXXXXXXXX IFSC XXXXXXXXXXX."},
		{"sp_executesql's named parameters",
			"@p0=N'Sahana Gowda',@p1='14615855703',@p2='IDFB0780928',@p3='x'",
			"@p0=N'XXXXXX XXXXX',@p1='XXXXXXXXXXX',@p2='XXXXXXXXXXX',@p3='x'"},
		{"IFSC first",
			"SBIN0001234,12345678901",
			"XXXXXXXXXXX,XXXXXXXXXXX"},
		{"a NEFT narration joins them with hyphens",
			"NEFT-BKIDN91625691789-N. PRABHAKAR-342264559714019-BKID0031546  26462.00 CR",
			"NEFT-BKIDN91625691789-X. XXXXXXXXX-XXXXXXXXXXXXXXX-XXXXXXXXXXX  26462.00 CR"},
		{"an IFSC-like token that is none",
			"batch 12345678901 ABCD0123456X",
			"batch 12345678901 ABCD0123456X"},
		{"a hyphenated id stays one token",
			"ORD-1234567890-abc",
			"ORD-1234567890-abc"},
	} {
		t.Run(tt.name, func(t *testing.T) { expectRedacted(t, tt.in, tt.want) })
	}
}

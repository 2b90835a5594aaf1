package redact_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/kavachpii/kavach/redact"
)

// TestCSVHeaderContext: a CSV export names its columns once, and the
// cells below are judged with their column's name, as logged values are
// with their keys.
func TestCSVHeaderContext(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"context-only kinds by column",
			"id,passport,pincode,dob,voter_id\n7,J8369854,560034,14/08/1990,ABC1234567\n",
			"id,passport,pincode,dob,voter_id\n7,XXXXXXXX,XXXXXX,XX/XX/XXXX,XXXXXXXXXX\n"},
		{"names and addresses whole, as under a JSON key",
			"customer_name,address,amount\nRavi Kumar,\"12 MG Road, Bengaluru\",1500\n",
			"customer_name,address,amount\nXXXX XXXXX,\"XX XX XXXX, XXXXXXXXX\",1500\n"},
		{"an HTML table written a row a line",
			"<table>\n<tr><th>EPIC No</th><th>Name</th><th>Part</th></tr>\n<tr><td>ZNQ2591550</td><td>Zorbin Quenk</td><td>Part 265</td></tr>\n</table>\nZNQ2591551 <tr><td>ZNQ2591551</td></tr>\n",
			"<table>\n<tr><th>EPIC No</th><th>Name</th><th>Part</th></tr>\n<tr><td>XXXXXXXXXX</td><td>XXXXXX XXXXX</td><td>Part 265</td></tr>\n</table>\nZNQ2591551 <tr><td>ZNQ2591551</td></tr>\n"}, // (an EPIC's shape alone, its check digit wrong: no voter ID outside the table)
		{"a header in a script, two words a field before a pipe",
			"ਰੋਲ ਨੰ. | ਨਾਮ | ਜਨਮ ਮਿਤੀ | ਕੱਦ (ਸੈ.ਮੀ.)\n541076 | ਹਰਲੀਨ ਕੌਰ | 29-08-2001 | 168\nठीक है, धन्यवाद\n",
			"ਰੋਲ ਨੰ. | ਨਾਮ | ਜਨਮ ਮਿਤੀ | ਕੱਦ (ਸੈ.ਮੀ.)\n541076 | XXXXX XXX | XX-XX-XXXX | 168\nठीक है, धन्यवाद\n"},
		{"a script's word for an identity card over any document's number",
			"ਨਾਮ | ਪਛਾਣ ਪੱਤਰ\nਹਰਲੀਨ ਕੌਰ | BJL1777473\n",
			"ਨਾਮ | ਪਛਾਣ ਪੱਤਰ\nXXXXX XXX | XXXXXXXXXX\n"},
		{"three words, a script's digits",
			"బిడ్డ తల్లి పేరు | పుట్టిన తేదీ (బిడ్డ) | టీకా\nశ్రీదేవి | ౨౯-౦౫-౨౦౨౫ | BCG\n",
			"బిడ్డ తల్లి పేరు | పుట్టిన తేదీ (బిడ్డ) | టీకా\nXXXXXXXX | XX-XX-XXXX | BCG\n"},
		{"a placeholder for a name, and a guardian's contact column, which holds phones",
			"stop,student,class,guardian_contact\n1,Student A,1B,85361 09335\n2,Ravi Kumar,5A,on file\n",
			"stop,student,class,guardian_contact\n1,Student A,1B,XXXXX X9335\n2,XXXX XXXXX,5A,on file\n"},
		{"a card's number under a column named for a PAN is no PAN",
			"bin,test_pan,expected\n402179,4021790215409778,DECLINE_LUHN\n",
			"bin,test_pan,expected\n402179,4021790215409778,DECLINE_LUHN\n"},
		{"a sheet's Pax column, its names written SURNAME/GIVEN",
			"Seat | Pax | SSR\n20C | MOHANTY/ITISHREE | UMNR\n",
			"Seat | Pax | SSR\n20C | XXXXXXX/XXXXXXXX | UMNR\n"},
		{"a manifest's GIVEN column is a name's", "SURNAME,GIVEN,DOB\nPILLAI,ANJANA,04JAN79\n", "SURNAME,GIVEN,DOB\nXXXXXX,XXXXXX,XXXXXXX\n"},
		{"Google Contacts' export, its columns named with a dash",
			"Name,Given Name,Family Name,Birthday,Phone 1 - Type,Phone 1 - Value\nSandeep Siddiqui,Sandeep,Siddiqui,1989-05-22,Mobile,+91 6682861115\n",
			"Name,Given Name,Family Name,Birthday,Phone 1 - Type,Phone 1 - Value\nXXXXXXX XXXXXXXX,XXXXXXX,XXXXXXXX,XXXX-XX-XX,Mobile,+XX XXXXXX1115\n"},
		{"people named by their role; pods and warehouses are no people",
			"Sl | Member | House\n1 | Nganthoi Sangma | C-248\n\nEmployee,Card Number,Txn Date\nTomba,4499851654917034,16/02/2025\n\nNAME                      CPU(cores)\nkyc-api-89eb6b84bf-k9kcp  542m\n",
			"Sl | Member | House\n1 | XXXXXXXX XXXXXX | C-248\n\nEmployee,Card Number,Txn Date\nXXXXX,XXXXXXXXXXXX7034,16/02/2025\n\nNAME                      CPU(cores)\nkyc-api-89eb6b84bf-k9kcp  542m\n"},
		{"a form's responses: its columns are questions, a few words long",
			"Timestamp,Full name,Date of birth,Address for certificate courier\n9/11/2024 22:54:48,Murugan K,11/02/1994,\"No. 4/28, Madurai\"\n",
			"Timestamp,Full name,Date of birth,Address for certificate courier\n9/11/2024 22:54:48,XXXXXXX X,XX/XX/XXXX,\"XX. X/XX, XXXXXXX\"\n"},
		{"Kibana's '@timestamp'; a pipe table in Malayalam, its fields counted in characters",
			"\"@timestamp\",\"customer.full_name\",\"kyc.epic_no\",\"x\"\n\"Jun 3 2025\",\"Sonia Rodrigues\",\"ELO9298678\",\"1\"\n\nപേര് | ഫോൺ | അക്കൗണ്ട് നമ്പർ\nരേഷ്മ വർഗീസ് | 6967651515 | 1189521936739\n",
			"\"@timestamp\",\"customer.full_name\",\"kyc.epic_no\",\"x\"\n\"Jun 3 2025\",\"XXXXX XXXXXXXXX\",\"XXXXXXXXXX\",\"1\"\n\nപേര് | ഫോൺ | അക്കൗണ്ട് നമ്പർ\nXXXXX XXXXXX | XXXXXX1515 | XXXXXXXXXXXXX\n"},
		{"a cell has its column's name and its row's cells, not the other columns' names",
			"LGD code | Village | Block | Census 2011 code\n268679 | Raikot | Raikot | 368041\n\nroll_no,id_type,id_number\n3428740722,PASSPORT,E4523658\n",
			"LGD code | Village | Block | Census 2011 code\n268679 | Raikot | Raikot | 368041\n\nroll_no,id_type,id_number\n3428740722,PASSPORT,XXXXXXXX\n"},
		{"a column named against every kind: the row's other cells do not speak for its cells",
			"date,payer_name,payer_vpa,amount,utr,status\n2026-11-27,Nandini Reddy,7988979987@iob,2500,628096810102,SUCCESS\n",
			"date,payer_name,payer_vpa,amount,utr,status\n2026-11-27,XXXXXXX XXXXX,XXXXXXXXXX@XXX,2500,628096810102,SUCCESS\n"},
		{"a customer's column holds names; Mandal is a family name",
			"Date|Customer|Aadhaar\n7-10|Sushila Mandal|746397970234\n",
			"Date|Customer|Aadhaar\n7-10|XXXXXXX XXXXXX|XXXXXXXX0234\n"},
		{"a valet register's guests, aligned",
			"ticket  reg_no  guest  mobile\nV1087  24BH6421KH  Kiran  8978886347\n",
			"ticket  reg_no  guest  mobile\nV1087  XXXXXXXXXX  XXXXX  XXXXXX6347\n"},
		{"a PIN code's column named 'post_code'; a town in the row's other cell says nothing",
			"full_name\tcity\tpost_code\nRukhsar Shaikh\tKanpur\t208041\n\nstate,district,total\nRajasthan,Jaipur,931092\n",
			"full_name\tcity\tpost_code\nXXXXXXX XXXXXX\tKanpur\tXXXXXX\n\nstate,district,total\nRajasthan,Jaipur,931092\n"},
		{"a serial number's column, '#', opens the header",
			"| # | Name | DOB |\n|---|---|---|\n| 1 | Prakash Mohanty | 13-02-1977 |\n\n#,Name,Epic No\n1,Mahesh Rao,VSD0031021\n",
			"| # | Name | DOB |\n|---|---|---|\n| 1 | XXXXXXX XXXXXXX | XX-XX-XXXX |\n\n#,Name,Epic No\n1,XXXXXX XXX,XXXXXXXXXX\n"},
		{"a form's grid of labels and values, spaced like a table: a label is no value",
			"Patient Name  Suman Devi  Ward  Surgical\nUHID :  SMH/24/018842  Admission  10/06/2024\n",
			"Patient Name  XXXXX XXXX  Ward  Surgical\nUHID :  SMH/24/018842  Admission  10/06/2024\n"},
		{"tab separated",
			"name\tpassport\nPriya Nair\tK1234567\n",
			"name\tpassport\nXXXXX XXXX\tXXXXXXXX\n"},
		{"semicolons and CRLF",
			"Name;PIN Code\r\nAsha;110001\r\n",
			"Name;PIN Code\r\nXXXX;XXXXXX\r\n"},
		{"a column of SKUs holds no registrations",
			"| SKU | Variant |\n| --- | --- |\n| MH15AB5182 | Helmet size L |\n| KA86Z5808 | Visor tint |\n",
			"| SKU | Variant |\n| --- | --- |\n| MH15AB5182 | Helmet size L |\n| KA86Z5808 | Visor tint |\n"},
		{"nor a product's code after its word", "SKU TN43AB4560 | HSN 85176657 | GST 18%\nVehicle: MH15AB5182\n",
			"SKU TN43AB4560 | HSN 85176657 | GST 18%\nVehicle: XXXXXXXXXX\n"},
		{"psql and cqlsh print a table with a space before each line and a rule under the header",
			" user_id | full_name  | voter_id\n---------+------------+-----------\n 17      | Ravi Kumar | DCZ1927011\n(1 row)\n",
			" user_id | full_name  | voter_id\n---------+------------+-----------\n 17      | XXXX XXXXX | XXXXXXXXXX\n(1 row)\n"},
		{"a pipe table without outer pipes, a header's note in brackets",
			"S.No | Name (as per passport) | Passport No | DOB\n1 | PADMA JADHAV | C8711982 | 02-FEB-1962\n",
			"S.No | Name (as per passport) | Passport No | DOB\n1 | XXXXX XXXXXX | XXXXXXXX | XX-XXX-XXXX\n"},
		{"an aligned row whose long name left one space before the next column's value",
			"FDR No      Depositor                 PAN          Principal     ROI   Maturity    Credit A/c\n54759733027  Subhashree Pradhan KMAPP6887I  18,32,449.00  7.50  24/03/2026  48127705435\n57842485785  Manjunath Bhat   DXGPB8303X   7,41,370.00  7.10  14/04/2026  45816986225\n",
			"FDR No      Depositor                 PAN          Principal     ROI   Maturity    Credit A/c\n54759733027  XXXXXXXXXX XXXXXXX XXXXXXXXXX  18,32,449.00  7.50  24/03/2026  XXXXXXXXXXX\n57842485785  XXXXXXXXX XXXX   XXXXXXXXXX   7,41,370.00  7.10  14/04/2026  XXXXXXXXXXX\n"},
		{"a table of things names them, not people",
			"biller_id,category,name,param1\nBESCOM53031NAT26,ELEC,BESCOM,Account ID\n",
			"biller_id,category,name,param1\nBESCOM53031NAT26,ELEC,BESCOM,Account ID\n"},
		{"an aligned register whose rows leave the last columns empty",
			"Sr  Member Name             PACS                 KCC A/c No         RuPay KCC Card No    Issued      Sign\n1   Muhammed Basheer Kutty  Muthalamada PACS     190954698482       5085719302113131     17.01.2026\n",
			"Sr  Member Name             PACS                 KCC A/c No         RuPay KCC Card No    Issued      Sign\n1   XXXXXXXX XXXXXXX XXXXX  Muthalamada PACS     XXXXXXXXXXXX       XXXXXXXXXXXX3131     17.01.2026\n"},
		{"an aligned register whose rows leave middle columns empty",
			"S.No  Name                      Ward  Mobile      Sign\n1     Padma Konda               2     8171055667  LTI\n4     Komuraiah Bandaru         10                LTI\n5     Srinivas Reddy Chinthala  9     6565098578  LTI\n",
			"S.No  Name                      Ward  Mobile      Sign\n1     XXXXX XXXXX               2     XXXXXX5667  LTI\n4     XXXXXXXXX XXXXXXX         10                LTI\n5     XXXXXXXX XXXXX XXXXXXXXX  9     XXXXXX8578  LTI\n"},
		{"a column named for people's role",
			"Roll    Candidate           DOB         Trade\n185881  Kallu Saroj         02/05/2003  Dairy\nSl | Beneficiary | Mother/Guardian\n1 | Sukhdev Singh | not stated\n",
			"Roll    Candidate           DOB         Trade\n185881  XXXXX XXXXX         XX/XX/XXXX  Dairy\nSl | Beneficiary | Mother/Guardian\n1 | XXXXXXX XXXXX | not stated\n"},
		{"a directory of offices: their addresses are no one's",
			"Office                  Address                                       Phone\nProject Director ATMA   Krishi Bhawan, Collectorate Road, Nagaur 341004  01582-321654\n",
			"Office                  Address                                       Phone\nProject Director ATMA   Krishi Bhawan, Collectorate Road, Nagaur 341004  01582-321654\n"},
		{"a census table's villages, keyed by their codes",
			"Town/Village code  Name               Area (ha)\n479399             Kothapally         183\n",
			"Town/Village code  Name               Area (ha)\n479399             Kothapally         183\n"},
		{"public works, by their codes and names",
			"Work Code                     Work Name                Status\n2645939250/DW/40117260344303  Farm pond (Category IV)  Approved\n",
			"Work Code                     Work Name                Status\n2645939250/DW/40117260344303  Farm pond (Category IV)  Approved\n"},
		{"a table of airports, keyed by their codes",
			"iata|icao|name|elev_ft\nLKO|VILK|Chaudhary Charan Singh Intl|2405\nIXB|VEBD|Bagdogra|301\n",
			"iata|icao|name|elev_ft\nLKO|VILK|Chaudhary Charan Singh Intl|2405\nIXB|VEBD|Bagdogra|301\n"},
		{"a table of people keyed by an id still names them",
			"cust_id,name,mobile\n101,Ravi Kumar,9876543210\n",
			"cust_id,name,mobile\n101,XXXX XXXXX,XXXXXX3210\n"},
		{"the merged cell's last word takes the column it stands for",
			"Claim No      Patient                 ABHA                   Approved    UTR\nCLM4658881215925  Gurpreet Sandhu 92944457030132   10,568.00  SBINN02026260661\n",
			"Claim No      Patient                 ABHA                   Approved    UTR\nCLM4658881215925  XXXXXXXX XXXXXX XXXXXXXXXXXXXX   10,568.00  SBINN02026260661\n"},
		{"of two cells that may hold two columns, the one that leaves the rest under their header",
			"No  Unit       Head of family           Phone            Pledge (Rs)\n1   Unit 2     George Mathew   9803182559 3,300\n",
			"No  Unit       Head of family           Phone            Pledge (Rs)\n1   Unit 2     XXXXXX XXXXXX   XXXXXX2559 3,300\n"},
		{"a name's own space merges no columns",
			"Beneficiary Name         Account No          IFSC         Reason\nRAVI RAWAT      3673996219239633 MAHB0086603  Invalid IFSC at bank\n",
			"Beneficiary Name         Account No          IFSC         Reason\nXXXX XXXXX      XXXXXXXXXXXXXXXX XXXXXXXXXXX  Invalid IFSC at bank\n"},
		{"a pipe header's long field and a note after \"as per\"",
			"Sl|Aadhaar|Account No|Name as per bank|Consent|Mapper status\n2|8258 3664 4592 8737|604762016872957289|DIPSHIKHA GOGOI|Y|IIN CHANGED\n",
			"Sl|Aadhaar|Account No|Name as per bank|Consent|Mapper status\n2|XXXX XXXX XXXX 8737|XXXXXXXXXXXXXXXXXX|XXXXXXXXX XXXXX|Y|IIN CHANGED\n"},
		{"a negative column keeps look-alikes readable",
			"txn_date,utr,amount\n2026-11-20,234123412346,500\n",
			"txn_date,utr,amount\n2026-11-20,234123412346,500\n"},
		{"the block ends at a blank line",
			"name,passport\nAsha,J8369854\n\nAsha,J8369854\n",
			"name,passport\nXXXX,XXXXXXXX\n\nAsha,J8369854\n"},
		{"the block ends at a line of another shape",
			"name,passport\nAsha,J8369854\nsome log line J8369854\nAsha,J8369854\n",
			"name,passport\nXXXX,XXXXXXXX\nsome log line J8369854\nAsha,J8369854\n"},
		{"a cardholder's column; words under an identifier's column stay",
			"case_id,cardholder,vehicle\nCB21,OJASVI TRIPATHI,walk-in\nCB24,LALREMRUATI,KA05MN4417\n",
			"case_id,cardholder,vehicle\nCB21,XXXXXX XXXXXXXX,walk-in\nCB24,XXXXXXXXXXX,XXXXXXXXXX\n"},
		{"a table aligned with spaces",
			"No  Donor Name          DOB         Grp  Mobile\n 1  Aditi Zutshi        11/08/1994  O+   9672881887\n",
			"No  Donor Name          DOB         Grp  Mobile\n 1  XXXXX XXXXXX        XX/XX/XXXX  O+   XXXXXX1887\n"},
		{"a DataFrame printed, its index column unnamed",
			"   name           mobile       pincode\n0  Mohit Lakhani  8125964180   302033\n1  Iqra Lone      9007827354   620016\n",
			"   name           mobile       pincode\n0  XXXXX XXXXXXX  XXXXXX4180   XXXXXX\n1  XXXX XXXX      XXXXXX7354   XXXXXX\n"},
		{"indented code is no header", "    x  = 1\n    name, err := f()\n    dob  := \"x\"\n",
			"    x  = 1\n    name, err := f()\n    dob  := \"x\"\n"},
		{"an aligned table of numbers under addr names nothing",
			"section      size   addr\n.text          72      0\n.eh_frame      48      0\n",
			"section      size   addr\n.text          72      0\n.eh_frame      48      0\n"},
		{"prose with commas is no header",
			"Name, address and phone are required\nThanks, team\n",
			"Name, address and phone are required\nThanks, team\n"},
		{"a header that names nothing",
			"city,count\nmisc,560034\n",
			"city,count\nmisc,560034\n"},
		{"a Markdown table: columns by header, the delimiter row kept",
			"| Name | Voter ID | Booth |\n|---|:---:|---|\n| K. Ramesh | ABC1234567 | 257 |\n",
			"| Name | Voter ID | Booth |\n|---|:---:|---|\n| X. XXXXXX | XXXXXXXXXX | 257 |\n"},
		{"a payroll sheet: columns named for tax sections, a long note in brackets",
			"EmpCode\tEmployee Name\tDOB\t80C\t80D\tPremium (deducted from Nov salary)\tBank A/c\nE37110\tMadhurima Bose\t28-03-1975\t0\t0\t2142\t902923892764799\n",
			"EmpCode\tEmployee Name\tDOB\t80C\t80D\tPremium (deducted from Nov salary)\tBank A/c\nE37110\tXXXXXXXXX XXXX\tXX-XX-XXXX\t0\t0\t2142\tXXXXXXXXXXXXXXX\n"},
		{"a note in brackets qualifies its column: an account for a refund is an account",
			"Name,Bank A/c (refund),Share %\nDebasish Roy,49913891903698,33.33\n",
			"Name,Bank A/c (refund),Share %\nXXXXXXXX XXX,XXXXXXXXXXXXXX,33.33\n"},
		{"ESIC's insured person's number under ip_number is no IP address",
			"ip_number,ip_name,client_ip\n4035925291,Chaitra Prabhu,49.36.12.7\n",
			"ip_number,ip_name,client_ip\n4035925291,XXXXXXX XXXXXX,XX.XX.XX.X\n"},
		{"a billing tool's contacts: its Billing Code is a PIN code",
			"Display Name,Billing City,Billing Code\nBhavya Rao,Mysuru,570087\n",
			"Display Name,Billing City,Billing Code\nXXXXXX XXX,Mysuru,XXXXXX\n"},
		{"a Jira or Confluence table: its header's pipes doubled, no delimiter row",
			"|| UCC || PAN || NAME || DOB || REASON ||\n| ZLG16338 | CWCPC0765B | PRADEEP CHOUDHARY | 26/05/1990 | E-031 Name mismatch |\n",
			"|| UCC || PAN || NAME || DOB || REASON ||\n| ZLG16338 | XXXXXXXXXX | XXXXXXX XXXXXXXXX | XX/XX/XXXX | E-031 Name mismatch |\n"},
		{"MySQL's box: its border under the header",
			"+-----+---------------+------------+\n| id  | cust_nm       | epic_no    |\n+-----+---------------+------------+\n| 237 | Ketan Patel   | HCU2577989 |\n+-----+---------------+------------+\n2 rows in set (0.00 sec)\n",
			"+-----+---------------+------------+\n| id  | cust_nm       | epic_no    |\n+-----+---------------+------------+\n| 237 | XXXXX XXXXX   | XXXXXXXXXX |\n+-----+---------------+------------+\n2 rows in set (0.00 sec)\n"},
		{"a Markdown row with no delimiter row below is no header",
			"| Passport | J8369854 |\n| DOB | 19-02-2001 |\n",
			"| Passport | XXXXXXXX |\n| DOB | XX-XX-XXXX |\n"},
		{"a field and value table: the first cell labels the second",
			"| Field | Value |\n|---|---|\n| Applicant | Meera Iyer |\n| Status | Approved |\n",
			"| Field | Value |\n|---|---|\n| Applicant | XXXXX XXXX |\n| Status | Approved |\n"},
		{"pipes in a log line are no table",
			"INFO | Driver | started\n| build | 2026-11-20 | ok |\n",
			"INFO | Driver | started\n| build | 2026-11-20 | ok |\n"},
		{"header at the very start and a row at the very end, no newline",
			"passport,x\nJ8369854,1",
			"passport,x\nXXXXXXXX,1"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r, err := redact.New(nil)
			assert.NoError(t, err)
			got, fs := r.String(tt.in)
			assert.Equal(t, tt.want, got)
			for _, f := range fs {
				assert.NotContains(t, f.Reason, "Ravi")
			}
			checkStream(t, redact.Options{}, tt.in)
		})
	}
}

// TestLooseTable: a table whose header's words stand one space apart, or
// whose rows spill out of the header's columns, splits no row into cells;
// a value in a row that opens with a serial number takes the header's
// word for its kind, however many rows down.
func TestLooseTable(t *testing.T) {
	rows := strings.Repeat("07 KAVYA NAIR  11 Mar 1988  Passport K1234567\n", 6)
	masked := strings.Repeat("07 XXXXX XXXX  XX XXX XXXX  Passport XXXXXXXX\n", 6)
	for _, tt := range []struct{ name, in, want string }{
		{"a manifest's header, words one space apart",
			"GROUP KMY-26-73 MANIFEST\nNo Name DOB ID\n01 SIDDHARTH SINGH  02 Apr 1991  Passport A7872144\n" + rows,
			"GROUP KMY-26-73 MANIFEST\nNo Name DOB ID\n01 XXXXXXXXX XXXXX  XX XXX XXXX  Passport XXXXXXXX\n" + masked},
		{"a merit list, its rows indented; an application's number is no account",
			"Rank Application No. Name DOB Email Marks\n  1 2454070033 NARENDRA RAGHUWANSHI 09-10-2006 narendrar87@gmail.com 455/500\n",
			"Rank Application No. Name DOB Email Marks\n  1 2454070033 XXXXXXXX XXXXXXXXXXX XX-XX-XXXX XXXXXXXXXXX@XXXXX.XXX 455/500\n"},
		{"rows that spill out of an aligned header's columns",
			"NO NAME                     PPT        DOB      SEX SEAT\n01 MISHRA/LIPSA MS  S1378282  06AUG93  F  30D\n",
			"NO NAME                     PPT        DOB      SEX SEAT\n01 XXXXXX/XXXXX MS  XXXXXXXX  XXXXXXX  F  30D\n"},
		{"a header with a second date names no date of birth",
			"No Name DOB Expiry\n01 ANIL KAPOOR 12/03/1990 12/03/2030\n",
			"No Name DOB Expiry\n01 XXXX XXXXXX 12/03/1990 12/03/2030\n"},
		{"a header's words are its own, not the table's before",
			"No Name DOB Expiry\n01 ANIL KAPOOR 12/03/1990 12/03/2030\n\nNo Name DOB\n01 ANIL KAPOOR 12/03/1990\n",
			"No Name DOB Expiry\n01 XXXX XXXXXX 12/03/1990 12/03/2030\n\nNo Name DOB\n01 XXXX XXXXXX XX/XX/XXXX\n"},
		{"a line that opens with no serial number ends the table",
			"No Name DOB\n1 ANIL KAPOOR 12/03/1990\nTotal 1\n2 12/03/1991\n",
			"No Name DOB\n1 XXXX XXXXXX XX/XX/XXXX\nTotal 1\n2 12/03/1991\n"},
		{"prose in title case is no header, a lower-case word in it",
			"Send The DOB please\n1 12/03/1990\n",
			"Send The DOB please\n1 12/03/1990\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r, err := redact.New(nil)
			assert.NoError(t, err)
			got, _ := r.String(tt.in)
			assert.Equal(t, tt.want, got)
			checkStream(t, redact.Options{}, tt.in)
		})
	}
}

// TestCSVLongBlock: the header is far above the rows, beyond any context
// window, and a stream still finds what String finds.
func TestCSVLongBlock(t *testing.T) {
	var b strings.Builder
	b.WriteString("name,mobile,passport,status\n")
	for range 300 {
		b.WriteString("Asha Rao,98765 43210,J8369854,SUCCESS\n")
	}
	in := b.String()
	r, err := redact.New(nil)
	assert.NoError(t, err)
	got, _ := r.String(in)
	assert.NotContains(t, got, "J8369854")
	assert.NotContains(t, got, "Asha")
	assert.Contains(t, got, "SUCCESS")
	checkStream(t, redact.Options{}, in)
}

// TestCSVAddressCellPIN: an address's whole cell leaves the PIN code
// that ends it to a finding of its own, unless PIN codes are off.
func TestCSVAddressCellPIN(t *testing.T) {
	in := "Sl | Name | Permanent home address | Age\n1 | Kanchan Paswan | Vill. Dhanaura, District Amroha, Uttar Pradesh 244231 | 25\n"
	r, err := redact.New(nil)
	assert.NoError(t, err)
	_, fs := r.String(in)
	var kinds []redact.Kind
	for _, f := range fs {
		kinds = append(kinds, f.Kind)
	}
	assert.Equal(t, []redact.Kind{redact.Person, redact.Location, redact.PINCode}, kinds)
	assert.Equal(t, "244231", in[fs[2].Start:fs[2].End])
	assert.Equal(t, "Vill. Dhanaura, District Amroha, Uttar Pradesh", in[fs[1].Start:fs[1].End])
	checkStream(t, redact.Options{}, in)

	r, err = redact.New(&redact.Options{Kinds: []redact.Kind{redact.Person, redact.Location}})
	assert.NoError(t, err)
	_, fs = r.String(in)
	if assert.Len(t, fs, 2) {
		assert.Equal(t, "Vill. Dhanaura, District Amroha, Uttar Pradesh 244231", in[fs[1].Start:fs[1].End])
	}
}

// TestAnyScriptMasked: names and kinds of the user's own are masked in
// every script, not only where digits fold to ASCII.
func TestAnyScriptMasked(t *testing.T) {
	r, err := redact.New(&redact.Options{Deny: map[redact.Kind][]string{redact.Person: {"रवि कुमार"}}})
	assert.NoError(t, err)
	got, fs := r.String("नाम,मोबाइल\nसुनीता,9876543210\nशिकायत: रवि कुमार ने फ़ोन किया")
	assert.Equal(t, "नाम,मोबाइल\nXXXXXX,XXXXXX3210\nशिकायत: XXX XXXXX ने फ़ोन किया", got)
	assert.Len(t, fs, 3)
}

// TestHindiKeys: JSON keys and CSV headers written in Hindi name their
// values as English ones do.
func TestHindiKeys(t *testing.T) {
	r, err := redact.New(nil)
	assert.NoError(t, err)
	for _, tt := range []struct{ key string }{{"नाम"}, {"पिता का नाम"}, {"पता"}} {
		k, ok := r.KeyKind(tt.key)
		assert.True(t, ok, tt.key)
		assert.Contains(t, []redact.Kind{redact.Person, redact.Location}, k, tt.key)
	}
	k, ok := r.KeyKind("मोबाइल नंबर")
	assert.True(t, ok)
	assert.Equal(t, redact.Mobile, k)
	_, ok = r.KeyKind("स्थिति") // "status"
	assert.False(t, ok)
}

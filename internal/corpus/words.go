package corpus

// Word lists for the filler text. None holds a digit run of six or more,
// an '@' or anything shaped like an identifier.

var firstNames = []string{
	"Aarav", "Vivaan", "Aditya", "Vihaan", "Arjun", "Sai", "Reyansh", "Ayaan", "Krishna", "Ishaan",
	"Ananya", "Diya", "Priya", "Aadhya", "Saanvi", "Kavya", "Pooja", "Neha", "Sneha", "Ravi",
	"Rahul", "Amit", "Sunita", "Lakshmi", "Venkatesh", "Suresh", "Ramesh", "Deepak", "Meera", "Fatima",
	"Imran", "Mohammed", "Harpreet", "Gurpreet", "Joseph", "Thomas", "Anjali", "Rohit", "Sanjay", "Kiran",
	"Manoj", "Arun", "Lata", "Geeta", "Farhan", "Zoya", "Nandini", "Abhishek", "Swati", "Vikram",
}

var lastNames = []string{
	"Sharma", "Verma", "Gupta", "Kumar", "Singh", "Patel", "Shah", "Reddy", "Rao", "Nair",
	"Iyer", "Menon", "Das", "Banerjee", "Chatterjee", "Mukherjee", "Khan", "Ali", "Joshi", "Kulkarni",
	"Deshpande", "Patil", "Jadhav", "Pillai", "Naidu", "Chauhan", "Yadav", "Mishra", "Pandey", "Tiwari",
	"Agarwal", "Jain", "Mehta", "Bose", "Sen", "Ghosh", "Fernandes", "Gill", "Sandhu", "Hegde",
}

var hindiNames = []string{
	"राहुल", "प्रिया", "अमित", "सुनीता", "रवि", "पूजा", "संजय", "नेहा", "दीपक", "अंजलि", "मनोज", "गीता", "विक्रम", "कविता",
}

var cities = []string{
	"Mumbai", "Pune", "Bengaluru", "Chennai", "Hyderabad", "Kolkata", "Delhi", "Jaipur", "Lucknow", "Patna",
	"Bhopal", "Indore", "Kochi", "Ahmedabad", "Surat", "Nagpur", "Guwahati", "Bhubaneswar", "Chandigarh",
	"Coimbatore", "Visakhapatnam", "Mysuru", "Thane", "Noida", "Gurugram",
}

var emailDomains = []string{
	"gmail.com", "gmail.com", "gmail.com", "yahoo.co.in", "yahoo.com", "outlook.com", "rediffmail.com",
	"hotmail.com", "icloud.com", "protonmail.com", "zohomail.in", "infosys.com", "tcs.com", "wipro.com",
}

var upiHandles = []string{
	"ybl", "ybl", "ibl", "axl", "okaxis", "okhdfcbank", "okicici", "oksbi", "paytm", "ptyes", "ptaxis",
	"pthdfc", "ptsbi", "upi", "apl", "axisbank", "icici", "sbi", "hdfcbank", "kotak", "yesbank", "ikwik",
	"freecharge", "fam", "jupiteraxis", "naviaxis", "slc", "superyes", "yesg", "airtel", "jio",
}

// upperWords are 10 upper-case letters that are not PAN-shaped.
var upperWords = []string{
	"INVOICEREF", "ABCDEFGHIJ", "SETTLEMENT", "PROCESSING", "SUBSCRIBED", "ACCOUNTING", "INITIATION",
	"KYCPENDING", "REVERSALOK", "MERCHANTID", "COLLECTREQ", "CHARGEBACK", "UNVERIFIED", "REGISTERED",
}

var userAgents = []string{
	"Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.6045.163 Mobile Safari/537.36",
	"Mozilla/5.0 (Linux; Android 13; CPH2451) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.5993.111 Mobile Safari/537.36",
	"Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
	"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.5993.117 Safari/537.36",
	"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15",
	"Mozilla/5.0 (Android 14; Mobile; rv:120.0) Gecko/120.0 Firefox/120.0",
	"okhttp/4.12.0",
	"curl/8.4.0",
	"python-requests/2.31.0",
	"PostmanRuntime/7.35.0",
	"Googlebot/2.1 (+http://www.google.com/bot.html)",
	"PhonePe-Android/23.11.2",
}

var referers = []string{
	"-", "-", "-", "https://www.example.in/", "https://m.shop.example.in/cart", "https://www.google.com/",
	"https://pay.example.in/checkout", "android-app://com.example.shop/",
}

var paths = []string{
	"/", "/login", "/logout", "/cart", "/checkout", "/favicon.ico", "/healthz", "/api/v1/orders",
	"/api/v1/orders?page=2", "/api/v1/users/me", "/api/v2/kyc/status", "/api/v1/payments/upi/collect",
	"/static/js/app.3f9a1c.js", "/static/css/main.8e21b4.css", "/images/banner-diwali.webp",
	"/search?q=silk+saree&page=3", "/products/sku-4471", "/api/v1/catalog?cat=mobiles&sort=price",
	"/robots.txt", "/api/v1/notifications?limit=20", "/api/v1/wallet/balance",
}

var methods = []string{"GET", "GET", "GET", "GET", "POST", "POST", "PUT", "DELETE"}

var statuses = []int{200, 200, 200, 200, 200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 404, 429, 500, 502, 503}

var levels = []string{"info", "info", "info", "info", "debug", "warn", "error"}

var services = []string{"kyc-api", "payments", "orders", "onboarding", "notify", "ledger", "auth", "loan-origination"}

var jsonMsgs = []string{
	"kyc verified", "kyc submitted", "otp sent", "payment captured", "payment failed", "refund initiated",
	"user registered", "profile updated", "document uploaded", "mandate created", "loan application received",
	"beneficiary added", "address updated", "request completed", "upstream timeout", "retrying request",
}

var kycEvents = []string{
	"ekyc.verify", "ckyc.search", "pan.verify", "bank.pennydrop", "upi.collect", "dl.verify",
	"digilocker.fetch", "video_kyc.start", "aadhaar.otp.send", "aadhaar.otp.verify", "gst.verify",
	"passport.verify", "voter.verify", "abha.link", "vahan.lookup",
}

var kycClasses = []string{
	"c.k.kyc.EkycService", "c.k.kyc.PanVerifier", "c.k.bank.PennyDropClient", "c.k.kyc.DocumentService",
	"c.k.onboarding.Flow", "c.k.vahan.VahanClient",
}

var kycLevels = []string{"INFO ", "INFO ", "INFO ", "DEBUG", "WARN ", "ERROR"}

var kycStatus = []string{"status=OK", "status=OK", "status=PENDING", "status=FAILED reason=MISMATCH", "status=OK cache=hit", "status=RETRY attempt=2"}

// chatFiller is text that chat lines end with after a value, or are made of.
var chatFiller = []string{
	"ok thanks", "pls check", "kal tak ho jayega?", "will share the rest tomorrow", "received, thank you",
	"delivery kab tak?", "ok noted", "call after 6pm", "haan ji", "please confirm once done", "👍",
}

var hindiFiller = []string{
	"ठीक है, धन्यवाद", "कृपया जाँच कर लें", "कल तक हो जाएगा?", "हाँ जी", "ठीक है", "धन्यवाद 🙏", "जल्दी कर दीजिए",
}

// firms end vendor names in CSV exports.
var firms = []string{"Traders", "Enterprises", "Textiles", "Agencies", "Steels", "Pharma", "Foods", "Logistics", "Electricals"}

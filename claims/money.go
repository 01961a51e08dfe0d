package claims

import "strings"

// currencySymbols are the symbols that open an amount; "$" alone is US dollars.
var currencySymbols = map[string]string{"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW"}

// dollarPrefixes qualify a glued "$": "US$5", "C$", "HK$".
var dollarPrefixes = map[string]string{
	"us": "USD", "c": "CAD", "ca": "CAD", "can": "CAD", "a": "AUD", "au": "AUD", "hk": "HKD",
	"nz": "NZD", "s": "SGD", "sg": "SGD", "mex": "MXN", "mx": "MXN", "r": "BRL", "nt": "TWD",
}

// currencyCodes are ISO 4217 codes read as currency words; the lower-case forms of
// codes that are also English words ("try") are not accepted.
var currencyCodes = map[string]bool{
	"USD": true, "EUR": true, "GBP": true, "JPY": true, "CNY": true, "CHF": true, "CAD": true, "AUD": true,
	"HKD": true, "NZD": true, "INR": true, "RUB": true, "SEK": true, "NOK": true, "DKK": true, "KRW": true,
	"MXN": true, "BRL": true, "ZAR": true, "SGD": true, "TRY": true, "PLN": true, "ILS": true, "NGN": true, "RMB": true,
}

var lowerCodesOK = map[string]bool{"usd": true, "eur": true, "gbp": true, "jpy": true, "cny": true, "chf": true, "cad": true, "aud": true, "hkd": true, "inr": true}

// currencyWords are currency names written after the amount: code and factor to the main unit.
var currencyWords = map[string]struct {
	code   string
	factor float64
}{
	"dollar": {"USD", 1}, "dollars": {"USD", 1}, "bucks": {"USD", 1},
	"pound": {"GBP", 1}, "pounds": {"GBP", 1}, "quid": {"GBP", 1}, "sterling": {"GBP", 1},
	"euro": {"EUR", 1}, "euros": {"EUR", 1}, "yen": {"JPY", 1}, "yuan": {"CNY", 1}, "renminbi": {"CNY", 1},
	"franc": {"CHF", 1}, "francs": {"CHF", 1}, "rupee": {"INR", 1}, "rupees": {"INR", 1},
	"rouble": {"RUB", 1}, "roubles": {"RUB", 1}, "ruble": {"RUB", 1}, "rubles": {"RUB", 1},
	"peso": {"MXN", 1}, "pesos": {"MXN", 1}, "rand": {"ZAR", 1}, "krona": {"SEK", 1}, "kronor": {"SEK", 1},
	"lira": {"TRY", 1}, "shekel": {"ILS", 1}, "shekels": {"ILS", 1}, "naira": {"NGN", 1},
	"cent": {"USD", 0.01}, "cents": {"USD", 0.01}, "pence": {"GBP", 0.01}, "penny": {"GBP", 0.01}, "pennies": {"GBP", 0.01},
}

// dollarAdjectives name whose dollars ("australian dollars").
var dollarAdjectives = map[string]string{
	"us": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD", "singapore": "SGD",
	"taiwan": "TWD", "zimbabwe": "ZWL", "hk": "HKD", "nz": "NZD",
}

// currencyAt reads a currency before an amount at token i: "$", "US$", "u.s. $", "USD".
func currencyAt(toks []vtok, i int) (string, int, bool) {
	t := toks[i]
	if t.kind == 'p' {
		if c, ok := currencySymbols[t.text]; ok {
			return c, i + 1, true
		}
		return "", 0, false
	}
	if t.kind != 'w' {
		return "", 0, false
	}
	if isPunct(toks, i+1, "$") && glued(toks, i+1) {
		if c, ok := dollarPrefixes[t.low]; ok {
			return c, i + 2, true
		}
	}
	// "u.s. $", "u.s $"
	if t.low == "u" && isPunct(toks, i+1, ".") && isWord(toks, i+2, "s") {
		k := i + 3
		if isPunct(toks, k, ".") {
			k++
		}
		if isPunct(toks, k, "$") {
			return "USD", k + 1, true
		}
	}
	// "euro30 billion", "EUR5m": a currency name written onto the figure (a wire-style form)
	if t.low == "euro" || t.low == "euros" {
		if i+1 < len(toks) && toks[i+1].kind == 'n' && glued(toks, i+1) {
			return "EUR", i + 1, true
		}
	}
	if currencyCodes[t.text] || lowerCodesOK[t.text] {
		if i+1 < len(toks) && toks[i+1].kind == 'n' {
			code := strings.ToUpper(t.text)
			if code == "RMB" {
				code = "CNY"
			}
			return code, i + 1, true
		}
	}
	return "", 0, false
}

// currencyAfter reads a currency written after an amount from token j:
// "dollars", "us dollars", "swiss francs", "pence", "USD".
func currencyAfter(toks []vtok, j int, poundsMoney bool) (string, float64, int, bool) {
	if j >= len(toks) || toks[j].kind != 'w' {
		return "", 0, 0, false
	}
	t := toks[j]
	if currencyCodes[t.text] || lowerCodesOK[t.text] {
		code := strings.ToUpper(t.text)
		if code == "RMB" {
			code = "CNY"
		}
		return code, 1, j + 1, true
	}
	if t.low == "p" && glued(toks, j) {
		return "GBP", 0.01, j + 1, true
	}
	// adjectives: "us dollars", "u.s. dollars", "australian dollars", "swiss francs", "chinese yuan"
	k := j
	adj := ""
	switch {
	case t.low == "u" && isPunct(toks, j+1, ".") && isWord(toks, j+2, "s"):
		adj = "USD"
		k = j + 3
		if isPunct(toks, k, ".") {
			k++
		}
	case t.low == "hong" && isWord(toks, j+1, "kong"):
		adj, k = "HKD", j+2
	case t.low == "new" && isWord(toks, j+1, "zealand"):
		adj, k = "NZD", j+2
	case dollarAdjectives[t.low] != "":
		adj, k = dollarAdjectives[t.low], j+1
	case t.low == "swiss" || t.low == "chinese" || t.low == "japanese" || t.low == "indian" || t.low == "russian" || t.low == "mexican" || t.low == "euro":
		k = j + 1
	}
	cw, ok := currencyWords[low(toks, k)]
	if !ok {
		return "", 0, 0, false
	}
	w := toks[k].low
	if (w == "pound" || w == "pounds") && !poundsMoney && adj == "" {
		return "", 0, 0, false
	}
	code := cw.code
	if adj != "" && (w == "dollar" || w == "dollars") {
		code = adj
	}
	if k > j && toks[j].low == "euro" && (w == "cent" || w == "cents") {
		code = "EUR"
	}
	k++
	if (w == "pounds" || w == "pound") && isWord(toks, k, "sterling") {
		k++
	}
	return code, cw.factor, k, true
}

// moneyContext lists words that make "pounds" mean sterling rather than weight.
var moneyContext = map[string]bool{
	"paid": true, "pay": true, "pays": true, "cost": true, "costs": true, "price": true, "prices": true, "priced": true,
	"fine": true, "fined": true, "worth": true, "profit": true, "profits": true, "loss": true, "losses": true,
	"revenue": true, "sales": true, "sterling": true, "spend": true, "spent": true, "salary": true, "budget": true,
	"fund": true, "funding": true, "bill": true, "deal": true, "sold": true, "bought": true, "earn": true,
	"earned": true, "earns": true, "bid": true, "award": true, "awarded": true, "compensation": true, "damages": true,
	"fee": true, "fees": true, "wage": true, "wages": true, "tax": true, "debt": true, "raised": true, "donated": true,
	"invest": true, "invested": true, "investment": true, "charge": true, "charged": true, "payout": true, "bonus": true,
	"income": true, "loan": true, "grant": true, "cash": true, "money": true, "valued": true, "value": true, "owed": true,
}

// poundsMeanMoney decides whether "pounds" after the amount q is sterling.
func poundsMeanMoney(toks []vtok, q qty) bool {
	if q.scaled {
		return true // "361 million pounds" is never a weight in news
	}
	for _, t := range toks {
		if t.kind == 'w' && moneyContext[t.low] || t.kind == 'p' && t.text == "£" {
			return true
		}
	}
	return false
}

// parseMoney proposes amounts of money: "£85m", "$4.2bn", "85 million pounds", "USD 200",
// "12-cent", "thirteen dollars and forty-five cents". Currencies are never converted.
func parseMoney(toks []vtok, norm string, cs []vcand) []vcand {
	for i := 0; i < len(toks); i++ {
		if code, k, ok := currencyAt(toks, i); ok {
			q, ok := parseAmount(toks, k)
			if !ok || q.i != k && !isWord(toks, k, "between", "from") && !isPunct(toks, k, "-") {
				continue
			}
			j := q.j
			// "between $150 million and $200 million", "from £10m to £12m"
			if isWord(toks, i-1, "between", "from") && !q.rng && isWord(toks, j, "and", "to") {
				if code2, k2, ok := currencyAt(toks, j+1); ok && code2 == code {
					if b, ok := parseNumber(toks, k2); ok && b.min > q.max {
						q = qty{min: q.min, max: b.max, i: i - 1, j: b.j, rng: true, scaled: b.scaled}
						cs = append(cs, vcand{kind: KindMoney, i: i - 1, j: b.j, v: qtyValue("money", code, q), prio: prioTyped})
						i = b.j - 1
						continue
					}
				}
			}
			// a trailing code repeats the currency: "$5 USD"
			if c2, _, j2, ok := currencyAfter(toks, j, true); ok && c2 == code {
				j = j2
			}
			cs = append(cs, vcand{kind: KindMoney, i: i, j: j, v: qtyValue("money", code, q), prio: prioTyped, mod: true})
			i = j - 1
			continue
		}
		q, ok := parseAmount(toks, i)
		if !ok {
			continue
		}
		j := q.j
		if isPunct(toks, j, "-") && glued(toks, j) && glued(toks, j+1) {
			j++ // "12-cent", "one-yen"
		}
		code, factor, k, ok := currencyAfter(toks, j, poundsMeanMoney(toks, q))
		if !ok {
			continue
		}
		q.min *= factor
		q.max *= factor
		// "3 dollars 50 cents", "thirteen dollars and forty-five cents", "thirteen dollars forty five"
		if factor == 1 && (code == "USD" || code == "GBP" || code == "EUR") && !q.rng {
			m := k
			if isWord(toks, m, "and") {
				m++
			}
			if c, ok := parseNumber(toks, m); ok && c.min == c.max && c.min < 100 && c.min == float64(int(c.min)) && !c.scaled {
				sub := c.j
				if _, f2, s2, ok := currencyAfter(toks, sub, true); ok && f2 == 0.01 {
					q.min += c.min / 100
					q.max += c.min / 100
					k = s2
				} else if m == k && (sub >= len(toks) || toks[sub].kind == 'p') {
					q.min += c.min / 100
					q.max += c.min / 100
					k = sub
				}
			}
		}
		q.j = k
		cs = append(cs, vcand{kind: KindMoney, i: q.i, j: k, v: qtyValue("money", code, q), prio: prioTyped, mod: true})
		i = k - 1
	}
	return cs
}

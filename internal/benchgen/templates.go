package benchgen

// The vocabulary and sentence templates of the generated corpus. Everything here is
// invented for benchmarks; names are assembled from common given names and surnames
// and invented places, so no real event or person is described.

// eventKind is a family of events with its own nouns.
type eventKind struct {
	noun, verb string
	things     []string
}

var kinds = []eventKind{
	{"fire", "broke out", []string{"warehouse", "roof", "storage depot", "timber yard", "apartment block"}},
	{"flood", "swept through", []string{"river bank", "bridge", "low-lying district", "rail line", "school"}},
	{"explosion", "tore through", []string{"chemical plant", "gas main", "factory floor", "boiler room", "loading bay"}},
	{"storm", "hit", []string{"harbour", "power grid", "coastal road", "marina", "hospital roof"}},
	{"landslide", "buried", []string{"mountain road", "village", "hillside farm", "quarry", "railway cutting"}},
	{"tunnel collapse", "trapped workers in", []string{"metro tunnel", "service shaft", "construction site", "ventilation duct", "access ramp"}},
}

var syllables = []string{"bar", "ven", "tol", "mira", "sal", "dor", "kel", "ran", "osa", "lin", "ter", "cas", "vel", "mon", "ard", "ril", "en", "wick", "holm", "ley"}

var regions = []string{"the northern province", "the coastal district", "the eastern valley", "the river delta", "the western highlands", "the central plain"}

var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

var agencies = []string{"the regional fire service", "the civil protection agency", "the national safety board", "the coastguard", "the emergency management office", "the transport inspectorate"}

var companySuffix = []string{"Holdings", "Logistics", "Chemicals", "Energy", "Group", "Industries"}

var firstNames = []string{"Anna", "Tomas", "Leila", "Marcus", "Ines", "Pavel", "Grace", "Omar", "Sofia", "Daniel", "Mei", "Jonas", "Rosa", "Victor", "Hana", "Felix"}

var lastNames = []string{"Okafor", "Lindqvist", "Moreau", "Castellano", "Novak", "Haddad", "Fischer", "Tanaka", "Brennan", "Kowalski", "Abara", "Duarte", "Petrov", "Sandoval", "Whitlock", "Yilmaz"}

var officialRoles = []string{"the regional governor", "the mayor", "the chief fire officer", "the interior minister", "the police commissioner"}

var witnessRoles = []string{"a local shopkeeper", "a resident", "a nurse at the scene", "a bus driver", "a volunteer rescuer"}

var expertRoles = []string{"an engineer at the state university", "a safety consultant", "a former inspector", "a climate researcher", "an insurance analyst"}

var officialQuotes = []string{
	"We are doing everything we can to reach the families and we will not stop until every person is accounted for",
	"This was a terrible day for our community and the investigation will be thorough and independent",
	"Our crews worked through the night and I want to thank every one of them for their courage",
	"There will be questions about what went wrong and we intend to answer every one of them in public",
}

var witnessQuotes = []string{
	"I heard a loud noise and then everyone started running towards the square",
	"The water came up so fast that we had no time to take anything with us",
	"We saw the smoke from the other side of town and knew something was badly wrong",
	"People were helping each other before the emergency services even arrived",
}

var quoteSwaps = []string{"never", "quickly", "certainly", "everyone", "nothing"}

var headlines = []string{
	"{Kind} in {place} leaves {dead} dead",
	"{dead} killed as {kind} {verb} {place}",
	"{place} counts the cost after deadly {kind}",
	"Investigation opened into {place} {kind}",
}

var ledeTemplates = []string{
	"A {kind} {verb} {place} in {region} on {weekday}, killing {dead} people and injuring {injured} others, officials said.",
	"At least {dead} people died and {injured} were hurt when a {kind} {verb} {place} on {weekday}, according to {agency}.",
	"{dead} people were killed on {weekday} after a {kind} {verb} the town of {place}, {agency} said.",
}

var casualtyTemplates = []string{
	"Around {evac} residents were evacuated from nearby streets as a precaution.",
	"Authorities moved about {evac} people out of their homes while crews worked.",
	"Some {evac} residents had to leave the area, {agency} said.",
}

var durationTemplates = []string{
	"Rescue operations continued for {days} before the search was called off.",
	"The main road stayed closed for {days} while engineers inspected the damage.",
	"Schools in the district were shut for {days}, and power was cut for {hours} hours.",
}

var costTemplates = []string{
	"Early estimates put the damage at ${cost} million, according to {company}.",
	"Insurers said losses could reach ${cost} million.",
	"{company} estimated the cost of repairs at about ${cost} million.",
}

var quoteOfficialTemplates = []string{
	"\"{quoteA},\" said {official}, {officialRole}.",
	"{official}, {officialRole}, told reporters: \"{quoteA}.\"",
	"Speaking at the scene, {officialLast} said: \"{quoteA}.\"",
}

var quoteWitnessTemplates = []string{
	"\"{quoteB},\" said {witness}, {witnessRole}.",
	"{witness}, {witnessRole}, described the moment: \"{quoteB}.\"",
}

var percentTemplates = []string{
	"Roughly {percent}% of homes in {place} lost power.",
	"About {percent} percent of the town's households were affected, officials said.",
}

var expertTemplates = []string{
	"{expert}, {expertRole}, said the cause was not yet clear and warned against early conclusions.",
	"According to {expert}, {expertRole}, similar incidents had been reported in {region} before.",
}

var detailTemplates = []string{
	"The {thing} near {place} had been inspected {when}, according to {agency}.",
	"{actor} said they would {verb} the {obj} in {place} {when}.",
	"Local officials in {region} said the {thing} was {adj} before the {noun}.",
	"Residents of {place} said the {obj} had been a concern for years.",
	"{company} said it was cooperating fully with {agency}.",
	"Volunteers handed out {n} blankets and hot meals at the town hall.",
	"{actor} promised to {verb} the {obj} {when}.",
	"The {thing} in {place} was described as {adj} by people who live nearby.",
	"Engineers from {agency} spent {n} hours examining the {thing}.",
	"A temporary shelter for {n} families opened in a sports hall in {place}.",
	"Traffic was diverted around the {thing} and drivers were told to expect delays.",
	"The {noun} is the worst to hit {region} in {n} years, local historians said.",
	"{actor} called for a review of how the {obj} is funded.",
	"Neighbours said the {thing} had been {adj} for some time.",
	"{agency} opened a hotline for relatives and received {n} calls in the first hour.",
	"Shops near the {thing} stayed closed and owners waited for permission to return.",
}

var actors = []string{"The council", "The regional government", "Opposition politicians", "Union leaders", "The company", "Community groups"}

var verbs = []string{"repair", "review", "replace", "inspect", "rebuild", "reopen"}

var objects = []string{"drainage system", "warning sirens", "evacuation plan", "access road", "fire station", "flood barrier", "safety rules"}

var whens = []string{"last year", "two years ago", "in the spring", "by the end of the month", "within weeks", "next year"}

var adjectives = []string{"overcrowded", "poorly maintained", "recently renovated", "unsafe", "busy", "old"}

// synonyms are the controlled paraphrases: each pair swaps a phrase for one of like meaning.
var synonyms = [][2]string{
	{"said", "stated"},
	{"officials", "authorities"},
	{"Residents", "People"},
	{"promised to", "pledged to"},
	{"examining", "inspecting"},
	{"a concern", "a worry"},
	{"stayed closed", "remained shut"},
	{"worst", "most serious"},
	{"called for", "demanded"},
	{"handed out", "distributed"},
	{"opened", "set up"},
}

var tailOpeners = []string{
	"Share this article",
	"Sign up for our morning newsletter to get the day's top stories",
	"Follow us on social media for live updates",
}

var relatedLinks = []string{
	"Related: Ten things to know before travelling this summer",
	"Most read: Celebrity chef opens new restaurant downtown",
	"More from this section",
	"Weather: sunny spells expected over the weekend",
	"Opinion: why the housing market is cooling",
	"Sport: late goal seals cup win",
	"Business: shares rise after quarterly results",
	"Watch: the week in pictures",
}

var tailFooters = []string{
	"Copyright 2026. All rights reserved.",
	"About us | Contact | Privacy policy | Terms of use",
	"Advertisement",
}

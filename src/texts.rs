//! German and English texts for the keys the domain hands to the UI.
//!
//! The pure domain (`crate::domain`) never builds sentences. It returns text
//! keys, and [`crate::domain::text_keys::all_text_keys`] lists every key it
//! can return. This module turns a key into the German or English text. The
//! catalogue is a table of `(key, German, English)` rows, so a row cannot
//! lack a language, in three parts: the texts every module needs, the
//! employer quiz's and the candidate quiz's, each quiz's part only in the
//! modules with its page (cargo features `employer`, `candidate`). `tests/texts.rs` checks that every domain key has a row.
//!
//! Facts come from the domain guide (`/work/shared/guide/domain.md`, §1, §4,
//! §5, §6). Every sentence is written for this app; none is copied from the
//! source article.
//!
//! # Placeholders
//!
//! A text that needs a number has a named placeholder in braces, such as
//! `{value}`. The UI replaces it with the number already formatted for the
//! visitor's locale: percentages with `%`, amounts with `€`, years and
//! counts as plain numbers. [`placeholders`] lists the names a text uses. Only
//! the names in [`PLACEHOLDER_NAMES`] occur, and the German and English text
//! of a key always use the same set.
//!
//! | key family | placeholders | filled from |
//! |---|---|---|
//! | `emp.rule.largest_customer_share`, `emp.rule.top_customers_share` | `{value}`, `{threshold}` | the trigger's `Answer::Percent` and `Threshold::Percent` |
//! | `emp.rule.revenue_with_critical_customers`, `emp.rule.revenue_well_below` | `{value}`, `{threshold}` | the `annual_revenue` trigger's `Answer::Number` (euros) and `Threshold::Euros` |
//! | every other `emp.rule.*` (yes/no and option triggers) | none | |
//! | `cand.blocker.years` | `{needed}` | `Blocker::Years { needed }` (years) |
//! | `cand.blocker.points` | `{needed}`, `{points}` | `Blocker::Points { needed }` and `CandidateResult::points` (competence points) |
//! | `cand.step.am_stage`, `cand.step.senior_stage`, `cand.step.path_total`, `cand.step.path_remaining` | `{min}`, `{max}` | `CareerStep::years` (always `Some` for these) |
//! | every other `cand.step.*` (`years` is `None`) | none | |
//! | `error.parse.above_max` | `{max}` | `ParseError::AboveMax`, the field's limit |
//! | `error.parse.below_min` | `{min}` | `ParseError::BelowMin`, the field's floor, as money |
//! | `emp.floor.top_customers` | `{value}` | the largest customer's share (`employer::percent_floor`) |
//! | `error.answer.number_out_of_range` | `{min}`, `{max}` | the question's `QuestionKind::Number { min, max, .. }` |
//! | `error.data.*` | `{field}` | `DataError::field`, the dotted path of the field |
//! | `emp.q.*`, `emp.level.*`, `emp.reason.*`, `emp.strength.*`, `emp.direction.*`, `cand.q.*`, `cand.outcome.*`, `cand.factor.*`, `cand.gap.*`, `cost.branch.*`, `role.*`, `family.*`, `source.*`, `error.codec.*`, the other `error.parse.*`, the other `error.answer.*` | none | |
//!
//! The option labels of the revenue-band questions
//! (`emp.q.customer_revenue.opt.*`, `cand.q.account_size.opt.*`) and the
//! texts of the rules and competences tied to those options spell out the band
//! edges that the option ids name (`under_10k`, `10k_100k`, `100k_500k`,
//! `500k_plus`).

use std::sync::OnceLock;

use crate::i18n::Lang;

/// Every placeholder name a text may use: `value` (the visitor's answer),
/// `threshold` (the rule's threshold), `min` and `max` (a range), `needed`
/// (what a blocker asks for) and `field` (the path of a rejected data field).
pub const PLACEHOLDER_NAMES: [&str; 7] = [
    "value",
    "threshold",
    "min",
    "max",
    "needed",
    "points",
    "field",
];

/// The text for a domain key in `lang`, or `None` if the catalogue has no
/// such key.
///
/// A text may contain placeholders such as `{value}`. The module
/// documentation lists which key family uses which names. The lookup scans a
/// table of about 190 short keys and cannot panic.
pub fn text(lang: Lang, key: &str) -> Option<&'static str> {
    let (_, de, en) = rows().iter().find(|(k, _, _)| *k == key)?;
    Some(match lang {
        Lang::De => de,
        Lang::En => en,
    })
}

/// The placeholder names in `text`, without braces, in the order they first
/// appear and each name once: `"{value} of {threshold}"` gives
/// `["value", "threshold"]`.
///
/// A placeholder is `{` followed by one or more lowercase ASCII letters or
/// underscores and then `}`. Other braces are ignored.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    for piece in text.split('{').skip(1) {
        if let Some((name, _)) = piece.split_once('}') {
            if is_placeholder_name(name) && !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

fn is_placeholder_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
}

/// One catalogue row: key, German text, English text.
type Entry = (&'static str, &'static str, &'static str);

/// The catalogue's parts this build has: each module of the release build
/// (ARCHITECTURE.md) carries only the texts of its own tool, which leaves
/// the other quiz's 5 KB gzip of texts out of it.
const PARTS: &[&str] = &[
    TEXTS,
    #[cfg(feature = "employer")]
    EMPLOYER_TEXTS,
    #[cfg(feature = "candidate")]
    CANDIDATE_TEXTS,
];

/// The catalogue's rows, split out of [`PARTS`] on first use.
fn rows() -> &'static [Entry] {
    static ROWS: OnceLock<Vec<Entry>> = OnceLock::new();
    ROWS.get_or_init(|| {
        PARTS
            .iter()
            .flat_map(|part| part.split_terminator(ROW_END))
            .filter_map(|row| {
                let mut fields = row.split(FIELD_END);
                Some((fields.next()?, fields.next()?, fields.next()?))
            })
            .collect()
    })
}

/// Ends a row of a catalogue part (ASCII record separator).
const ROW_END: char = '\u{1e}';
/// Separates the key and the two texts of a row (ASCII unit separator).
const FIELD_END: char = '\u{1f}';

/// Writes `(key, German, English)` rows as one string, each field followed
/// by [`FIELD_END`] and each row ending with [`ROW_END`]. One string instead
/// of a static table of `&str` triples: the table's pointers and lengths
/// (24 bytes a row) compress badly and cost the wasm more than splitting
/// the string once at run time.
macro_rules! catalogue {
    ($( ($key:literal, $de:literal, $en:literal $(,)?) ),* $(,)?) => {
        concat!($( $key, "\u{1f}", $de, "\u{1f}", $en, "\u{1e}" ),*)
    };
}

/// The texts every module needs: the calculator, roles, sources and errors.
static TEXTS: &str = catalogue![
    // -----------------------------------------------------------------
    // Cost calculator: social-security branches (domain guide §3)
    // -----------------------------------------------------------------
    // "\u{ad}" (soft hyphen): where these may break in the phone cost table;
    // see tests/texts.rs cost_table_labels_break_only_between_syllables.
    (
        "cost.branch.pension",
        "Renten\u{ad}versicherung",
        "Pension insurance",
    ),
    (
        "cost.branch.unemployment",
        "Arbeitslosen\u{ad}versicherung",
        "Unemploy\u{ad}ment insurance",
    ),
    (
        "cost.branch.health",
        "Kranken\u{ad}versicherung",
        "Health insurance",
    ),
    (
        "cost.branch.care",
        "Pflege\u{ad}versicherung",
        "Long-term care insurance",
    ),
    (
        "cost.branch.insolvency_u3",
        "Umlage U3 (Insolvenz\u{ad}geld)",
        "Insolvency levy (U3)",
    ),
    (
        "cost.branch.maternity_u2",
        "Umlage U2 (Mutterschaft)",
        "Maternity levy (U2)",
    ),
    (
        "cost.branch.sick_pay_u1",
        "Umlage U1 (Entgelt\u{ad}fort\u{ad}zahlung bei Krankheit)",
        "Sick-pay levy (U1)",
    ),
    (
        "cost.branch.accident",
        "Unfall\u{ad}versicherung (Berufs\u{ad}genossen\u{ad}schaft)",
        "Accident insurance (BG)",
    ),
    // -----------------------------------------------------------------
    // Roles and role families (domain guide §1, §2)
    // -----------------------------------------------------------------
    ("role.junior_am", "Junior Account Manager", "Junior Account Manager"),
    ("role.am", "Account Manager", "Account Manager"),
    ("role.senior_am", "Senior Account Manager", "Senior Account Manager"),
    (
        "role.kam_new",
        "Key Account Manager (neu in der Rolle)",
        "Key Account Manager (new to the role)",
    ),
    (
        "role.kam_experienced",
        "Key Account Manager (erfahren)",
        "Key Account Manager (experienced)",
    ),
    ("family.am", "Account Manager (AM)", "Account Manager (AM)"),
    (
        "family.kam",
        "Key Account Manager (KAM)",
        "Key Account Manager (KAM)",
    ),
    // -----------------------------------------------------------------
    // Source tags shown next to figures
    // -----------------------------------------------------------------
    (
        "source.article",
        "Markterfahrung des Personalberaters",
        "the recruiter's market experience",
    ),
    (
        "source.statutory",
        "gesetzliche Werte 2026",
        "statutory figures 2026",
    ),
    (
        "source.market",
        "Marktdaten aus Gehaltsreports",
        "market data from salary reports",
    ),
    (
        "source.assumption",
        "Annahme (anpassbar)",
        "assumption (adjustable)",
    ),
    // -----------------------------------------------------------------
    // Errors: answers that do not fit their question
    // -----------------------------------------------------------------
    (
        "error.answer.unknown_question",
        "Diese Frage ist nicht bekannt. Bitte laden Sie die Seite neu.",
        "This question is not recognised. Please reload the page.",
    ),
    (
        "error.answer.wrong_kind",
        "Diese Antwort passt nicht zur Frage. Bitte antworten Sie noch einmal.",
        "This answer does not fit the question. Please answer again.",
    ),
    (
        "error.answer.option_out_of_range",
        "Diese Auswahl gibt es nicht. Bitte wählen Sie eine der angebotenen Antworten.",
        "That choice does not exist. Please pick one of the options shown.",
    ),
    (
        "error.answer.number_out_of_range",
        "Bitte eine Zahl zwischen {min} und {max} eingeben.",
        "Please enter a number between {min} and {max}.",
    ),
    // -----------------------------------------------------------------
    // Errors: shared links (URL state)
    // -----------------------------------------------------------------
    (
        "error.codec.empty",
        "Der Link enthält keine gespeicherten Angaben. Sie können einfach neu beginnen.",
        "The link contains no saved answers. You can simply start afresh.",
    ),
    (
        "error.codec.too_long",
        "Der Link ist zu lang und lässt sich nicht lesen. Bitte nutzen Sie den ursprünglichen Link oder beginnen Sie neu.",
        "The link is too long to read. Please use the original link or start again.",
    ),
    (
        "error.codec.invalid_character",
        "Der Link enthält unzulässige Zeichen. Bitte kopieren Sie ihn vollständig und unverändert.",
        "The link contains characters that are not allowed. Please copy it in full and unchanged.",
    ),
    (
        "error.codec.unknown_version",
        "Dieser Link stammt aus einer anderen Version des KAM Navigators. Bitte beantworten Sie die Fragen neu.",
        "This link comes from a different version of KAM Navigator. Please answer the questions again.",
    ),
    (
        "error.codec.wrong_section_count",
        "Der Link ist unvollständig, vermutlich wurde er beim Kopieren abgeschnitten. Bitte kopieren Sie ihn erneut.",
        "The link is incomplete; it was probably cut off when copied. Please copy it again.",
    ),
    (
        "error.codec.too_many_fields",
        "Der Link enthält mehr Angaben als vorgesehen. Bitte nutzen Sie den ursprünglichen Link oder beginnen Sie neu.",
        "The link contains more answers than expected. Please use the original link or start again.",
    ),
    (
        "error.codec.invalid_field",
        "Eine Angabe im Link ist ungültig. Bitte prüfen Sie den Link oder beginnen Sie neu.",
        "One of the answers in the link is invalid. Please check the link or start again.",
    ),
    // -----------------------------------------------------------------
    // Errors: the data file or a host page's override
    // -----------------------------------------------------------------
    (
        "error.data.syntax",
        "Die Konfiguration lässt sich nicht lesen ({field}). Bitte prüfen Sie, ob sie gültiges JSON im erwarteten Aufbau ist.",
        "The configuration cannot be read ({field}). Please check that it is valid JSON with the expected structure.",
    ),
    (
        "error.data.missing",
        "Das Pflichtfeld {field} fehlt. Bitte ergänzen Sie es.",
        "The required field {field} is missing. Please add it.",
    ),
    (
        "error.data.unknown_key",
        "Das Feld {field} ist unbekannt. Bitte prüfen Sie die Schreibweise.",
        "The field {field} is not recognised. Please check the spelling.",
    ),
    (
        "error.data.wrong_type",
        "Das Feld {field} hat den falschen Typ, z. B. Text statt Zahl.",
        "The field {field} has the wrong type, for example text instead of a number.",
    ),
    (
        "error.data.min_above_max",
        "In {field} liegt das Minimum über dem Maximum. Bitte korrigieren Sie die Werte.",
        "In {field} the minimum is above the maximum. Please correct the values.",
    ),
    (
        "error.data.rate_out_of_range",
        "Der Satz in {field} muss zwischen 0 und 100 % liegen.",
        "The rate in {field} must be between 0 and 100 %.",
    ),
    (
        "error.data.negative",
        "Der Wert in {field} darf nicht negativ sein.",
        "The value in {field} must not be negative.",
    ),
    (
        "error.data.out_of_range",
        "Der Wert in {field} liegt außerhalb des unterstützten Bereichs.",
        "The value in {field} is outside the supported range.",
    ),
    (
        "error.data.zero_capacity",
        "Die Kapazität in {field} muss mindestens 1 betragen.",
        "The capacity in {field} must be at least 1.",
    ),
    (
        "error.data.unknown_source",
        "Die Quellenangabe in {field} ist unbekannt. Erlaubt sind article, statutory, market und assumption.",
        "The source tag in {field} is unknown. Allowed are article, statutory, market and assumption.",
    ),
    (
        "error.data.invalid_date",
        "Das Datum in {field} ist ungültig. Bitte im Format JJJJ-MM-TT angeben.",
        "The date in {field} is invalid. Please use the format YYYY-MM-DD.",
    ),
    (
        "error.data.unknown_reference",
        "Das Feld {field} verweist auf einen Eintrag, den es nicht gibt.",
        "The field {field} refers to an entry that does not exist.",
    ),
    (
        "error.data.missing_translation",
        "Der Text {field} fehlt. Bitte geben Sie jede Bezeichnung auf Deutsch und Englisch an.",
        "The text {field} is missing. Please give every label in German and English.",
    ),
    (
        "error.data.duplicate",
        "In {field} kommt eine ID doppelt vor. Jede ID darf nur einmal erscheinen.",
        "An id appears twice in {field}. Each id may appear only once.",
    ),
    (
        "error.data.unsupported_schema",
        "Das Schema in {field} wird von dieser Version nicht unterstützt. Bitte übernehmen Sie die Schema-Angabe aus der mitgelieferten Datendatei.",
        "This version does not support the schema in {field}. Please copy the schema value from the bundled data file.",
    ),
    // -----------------------------------------------------------------
    // Errors: what visitors type into number fields
    // -----------------------------------------------------------------
    (
        "error.parse.below_min",
        "Bitte mindestens {min} eingeben. Für Millionen „Mio.“ anhängen, z. B. 1,8 Mio.",
        "Please enter at least {min}. For millions add “M”, for example 1.8 M.",
    ),
    (
        "error.parse.above_max",
        "Bitte höchstens {max} eingeben.",
        "Please enter at most {max}.",
    ),
    (
        "error.parse.empty",
        "Bitte einen Wert eingeben.",
        "Please enter a value.",
    ),
    (
        "error.parse.not_a_number",
        "Bitte einen Betrag eingeben, z. B. 55.000 oder 5 Mio.",
        "Please enter an amount, for example 55,000 or 5 M.",
    ),
    (
        "error.parse.not_a_number.percent",
        "Bitte eine Zahl eingeben, z. B. 12,5 oder 12,5 %.",
        "Please enter a number, for example 12.5 or 12.5%.",
    ),
    (
        "error.parse.not_a_number.count",
        "Bitte eine ganze Zahl eingeben, z. B. 12.",
        "Please enter a whole number, for example 12.",
    ),
    (
        "error.parse.negative",
        "Bitte eine Zahl ab 0 eingeben, negative Werte sind hier nicht möglich.",
        "Please enter a number of 0 or more; negative values are not possible here.",
    ),
    (
        "error.parse.too_large",
        "Diese Zahl ist zu groß. Bitte prüfen Sie die Anzahl der Nullen.",
        "This number is too large. Please check the number of zeros.",
    ),
    (
        "error.parse.too_many_decimals",
        "Zu viele Nachkommastellen: Beträge und Prozente mit höchstens zwei, Anzahlen nur als ganze Zahl.",
        "Too many decimal places: amounts and percentages take up to two, counts whole numbers only.",
    ),
    (
        "error.parse.above_percent_max",
        "Bitte einen Prozentwert zwischen 0 und 100 eingeben.",
        "Please enter a percentage between 0 and 100.",
    ),
];

/// The employer quiz and result (only in modules with the employer page).
#[cfg(feature = "employer")]
static EMPLOYER_TEXTS: &str = catalogue![
    // -----------------------------------------------------------------
    // Employer quiz: questions (domain guide §5)
    // -----------------------------------------------------------------
    (
        "emp.q.business_model.title",
        "Wie ist Ihr Kundengeschäft aufgebaut?",
        "What does your customer base look like?",
    ),
    (
        "emp.q.business_model.help",
        "Entscheidend ist, ob wenige große Kunden Ihren Umsatz tragen oder viele kleine. Wählen Sie, was für den Großteil Ihres Umsatzes gilt.",
        "What matters is whether a few large customers carry your revenue or many small ones. Choose what applies to most of your revenue.",
    ),
    (
        "emp.q.business_model.opt.few_large",
        "B2B mit wenigen großen Kunden",
        "B2B with a few large customers",
    ),
    (
        "emp.q.business_model.opt.mixed",
        "Gemischt: einige große, viele kleinere Kunden",
        "Mixed: some large, many smaller customers",
    ),
    (
        "emp.q.business_model.opt.mass_market",
        "Massengeschäft mit vielen kleinen Kunden",
        "Volume business with many small customers",
    ),
    (
        "emp.q.largest_customer_share.title",
        "Welchen Anteil am Jahresumsatz hat Ihr größter Kunde?",
        "What share of your annual revenue comes from your largest customer?",
    ),
    (
        "emp.q.largest_customer_share.help",
        "Teilen Sie den Jahresumsatz mit Ihrem größten Kunden durch Ihren Gesamtumsatz. Eine Schätzung für das letzte Geschäftsjahr genügt.",
        "Divide the annual revenue from your largest customer by your total revenue. An estimate for the last financial year is enough.",
    ),
    (
        "emp.q.top_customers_share.title",
        "Welchen Umsatzanteil haben Ihre 3 bis 10 größten Kunden zusammen?",
        "What share of revenue do your 3 to 10 largest customers bring together?",
    ),
    (
        "emp.q.top_customers_share.help",
        "Addieren Sie den Umsatz Ihrer 3 bis 10 größten Kunden und teilen Sie ihn durch den Gesamtumsatz. Je höher der Anteil, desto mehr hängt an wenigen Beziehungen.",
        "Add up the revenue of your 3 to 10 largest customers and divide it by your total revenue. The higher the share, the more depends on a few relationships.",
    ),
    (
        "emp.q.customer_revenue.title",
        "Wie viel Umsatz bringt ein typischer Kunde pro Jahr?",
        "How much revenue does a typical customer bring per year?",
    ),
    (
        "emp.q.customer_revenue.help",
        "Denken Sie an die Kunden, die den Kern Ihres Geschäfts bilden, nicht an Ausreißer. Die Kundengröße zeigt, ob operative Betreuung reicht oder strategische nötig ist.",
        "Think of the customers at the core of your business, not the outliers. Customer size shows whether day-to-day account care is enough or strategic management is needed.",
    ),
    (
        "emp.q.customer_revenue.opt.under_10k",
        "unter 10.000 €",
        "under €10,000",
    ),
    (
        "emp.q.customer_revenue.opt.10k_100k",
        "10.000 bis 100.000 €",
        "€10,000 to €100,000",
    ),
    (
        "emp.q.customer_revenue.opt.100k_500k",
        "100.000 bis 500.000 €",
        "€100,000 to €500,000",
    ),
    (
        "emp.q.customer_revenue.opt.500k_plus",
        "500.000 € und mehr",
        "€500,000 or more",
    ),
    (
        "emp.q.annual_revenue.title",
        "Wie hoch ist Ihr Jahresumsatz?",
        "What is your company's annual revenue?",
    ),
    (
        "emp.q.annual_revenue.help",
        "Der Gesamtumsatz Ihres Unternehmens im letzten Geschäftsjahr, gerne gerundet, z. B. 5 Mio. Ab einer gewissen Größe trägt sich eine eigene Stelle für Schlüsselkunden.",
        "Your company's total revenue in the last financial year; a rounded figure such as 5 M is fine. From a certain size, a dedicated role for key customers pays for itself.",
    ),
    (
        "emp.q.critical_customers.title",
        "Gibt es Kunden, deren Verlust Ihr Geschäft ernsthaft gefährden würde?",
        "Are there customers whose loss would seriously threaten your business?",
    ),
    (
        "emp.q.critical_customers.help",
        "Stellen Sie sich vor, ein Kunde kündigt morgen. Müssten Sie dann Stellen abbauen oder Investitionen stoppen, lautet die Antwort Ja.",
        "Imagine a customer leaves tomorrow. If you would then have to cut jobs or stop investing, the answer is yes.",
    ),
    (
        "emp.q.losing_to_competitors.title",
        "Verlieren Sie wichtige Kunden an Wettbewerber?",
        "Are you losing important customers to competitors?",
    ),
    (
        "emp.q.losing_to_competitors.help",
        "Denken Sie an Fälle, in denen ein wichtiger Kunde gegangen ist, weil sich niemand auf Entscheiderebene um die Beziehung gekümmert hat.",
        "Think of cases where an important customer left because nobody looked after the relationship at decision-maker level.",
    ),
    (
        "emp.q.complex_requirements.title",
        "Brauchen Ihre Kunden individuelle Lösungen?",
        "Do your customers need tailored solutions?",
    ),
    (
        "emp.q.complex_requirements.help",
        "Ja, wenn wichtige Kunden komplexe Anforderungen haben, die ein Standardangebot nicht abdeckt.",
        "Yes if important customers have complex requirements that a standard offer does not cover.",
    ),
    (
        "emp.q.long_sales_cycles.title",
        "Haben Sie lange Verkaufszyklen mit mehreren Entscheidern?",
        "Are your sales cycles long, with several decision makers?",
    ),
    (
        "emp.q.long_sales_cycles.help",
        "Ja, wenn ein Abschluss meist Monate braucht und beim Kunden mehrere Personen mitentscheiden.",
        "Yes if a deal usually takes months and several people at the customer have a say.",
    ),
    (
        "emp.q.strategic_partnership_goal.title",
        "Wollen Sie aus Kundenbeziehungen strategische Partnerschaften machen?",
        "Do you want to turn customer relationships into strategic partnerships?",
    ),
    (
        "emp.q.strategic_partnership_goal.help",
        "Gemeint ist der Schritt vom einzelnen Auftrag zur langfristigen Zusammenarbeit, etwa über Rahmenverträge oder eine gemeinsame Roadmap.",
        "This means moving from one-off orders to long-term cooperation, for example through framework contracts or a shared roadmap.",
    ),
    (
        "emp.q.six_figure_projects.title",
        "Verkaufen Sie technische Projekte im sechsstelligen Bereich?",
        "Do you sell technical projects worth six figures?",
    ),
    (
        "emp.q.six_figure_projects.help",
        "Typisch für Technologie, Maschinenbau und GreenTech: einzelne Projekte im sechsstelligen Euro-Bereich, die Fachwissen und lange Abstimmung erfordern.",
        "Typical of technology, mechanical engineering and GreenTech: single projects worth six figures in euros that need expertise and long coordination.",
    ),
    (
        "emp.q.large_company_customers.title",
        "Sind Ihre Kunden große Unternehmen?",
        "Are your customers large companies?",
    ),
    (
        "emp.q.large_company_customers.help",
        "Ja, wenn Ihre Kunden Konzerne oder große Mittelständler sind, bei denen Einkauf, Fachabteilung und Geschäftsführung gemeinsam entscheiden.",
        "Yes if your customers are corporations or large mid-sized firms where purchasing, specialist departments and senior management decide together.",
    ),
    (
        "emp.q.multi_level_negotiation.title",
        "Müsste eine Person zugleich mit Einkauf, technischer Leitung und Geschäftsführung verhandeln?",
        "Would one person have to negotiate with purchasing, the CTO and the CEO at once?",
    ),
    (
        "emp.q.multi_level_negotiation.help",
        "Verhandlungen auf allen Ebenen eines Kunden gleichzeitig überfordern einen Account Manager. Genau dafür gibt es Key Account Manager.",
        "Negotiating at every level of a customer at once overstretches an Account Manager. That is exactly what Key Account Managers are for.",
    ),
    (
        "emp.q.management_in_operations.title",
        "Wird Ihre Geschäftsführung ständig in die Kundenbetreuung gezogen?",
        "Is your management constantly pulled into day-to-day customer care?",
    ),
    (
        "emp.q.management_in_operations.help",
        "Ja, wenn Geschäftsführung oder Vertriebsleitung regelmäßig selbst Anfragen, Reklamationen oder Konditionen großer Kunden klären.",
        "Yes if managing directors or the head of sales regularly handle requests, complaints or terms of large customers themselves.",
    ),
    (
        "emp.q.key_customers.title",
        "Wie viele Schlüsselkunden haben Sie?",
        "How many key customers do you have?",
    ),
    (
        "emp.q.key_customers.help",
        "Zählen Sie die Kunden mit hohem Umsatz oder großer strategischer Bedeutung. Daraus schätzen wir, wie viele Key Account Manager Sie brauchen.",
        "Count the customers with high revenue or great strategic importance. From this we estimate how many Key Account Managers you need.",
    ),
    (
        "emp.q.other_customers.title",
        "Wie viele weitere Kunden betreuen Sie?",
        "How many other customers do you serve?",
    ),
    (
        "emp.q.other_customers.help",
        "Alle aktiven Kunden ohne die Schlüsselkunden. Daraus ergibt sich, wie viele Account Manager Sie für die Breite brauchen.",
        "All active customers apart from the key customers. This shows how many Account Managers you need to cover them.",
    ),
    // -----------------------------------------------------------------
    // Employer quiz: rule explanations (domain guide §5)
    // -----------------------------------------------------------------
    (
        "emp.rule.largest_customer_share",
        "Ihr größter Kunde bringt {value} des Umsatzes – mehr als die Schwelle von {threshold}. Ein starkes Zeichen für einen Key Account Manager.",
        "Your largest customer brings {value} of revenue, above the {threshold} threshold: a strong sign that you need a Key Account Manager.",
    ),
    (
        "emp.rule.top_customers_share",
        "Ihre größten Kunden bringen zusammen {value} des Umsatzes und erreichen damit die Schwelle von {threshold}. So viel Umsatz bei wenigen Kunden braucht strategische Betreuung: ein starkes Zeichen für einen Key Account Manager.",
        "Your largest customers together bring {value} of revenue, reaching the {threshold} threshold. That much revenue with a few customers needs strategic care: a strong sign that you need a Key Account Manager.",
    ),
    (
        "emp.rule.losing_to_competitors",
        "Sie verlieren wichtige Kunden an Wettbewerber. Offenbar verantwortet niemand die strategische Beziehung, deshalb brauchen Sie dringend einen Key Account Manager.",
        "You are losing important customers to competitors. Nobody seems to own the strategic relationship, which makes a Key Account Manager urgent.",
    ),
    (
        "emp.rule.revenue_with_critical_customers",
        "Mit einem Jahresumsatz von {value} erreichen Sie die Schwelle von {threshold}, und der Verlust einzelner Kunden würde Ihr Geschäft ernsthaft gefährden. Ein starkes Zeichen für einen Key Account Manager.",
        "With annual revenue of {value} you reach the {threshold} threshold, and losing certain customers would seriously threaten your business: a strong sign that you need a Key Account Manager.",
    ),
    (
        "emp.rule.complex_requirements",
        "Ihre Kunden haben komplexe Anforderungen, die individuelle Lösungen verlangen. Das spricht für einen Key Account Manager.",
        "Your customers have complex requirements that call for tailored solutions. This supports hiring a Key Account Manager.",
    ),
    (
        "emp.rule.long_sales_cycles",
        "Ihre Abschlüsse dauern lange, und beim Kunden entscheiden mehrere Personen mit. Solche Verkäufe brauchen jemanden, der sie über Monate führt. Das spricht für einen Key Account Manager.",
        "Your sales cycles are long and several people at the customer have a say. Such deals need someone to steer them for months. This supports hiring a Key Account Manager.",
    ),
    (
        "emp.rule.strategic_partnership_goal",
        "Sie wollen von einzelnen Aufträgen zu strategischen Partnerschaften kommen. Das ist die Kernaufgabe eines Key Account Managers.",
        "You want to move from individual orders to strategic partnerships. That is the core of a Key Account Manager's job.",
    ),
    (
        "emp.rule.few_large_customers",
        "Sie verkaufen B2B an wenige große Kunden. Solche Kunden brauchen fast immer eine eigene strategische Betreuung. Das spricht für einen Key Account Manager.",
        "You sell B2B to a few large customers. Such customers almost always need dedicated strategic care. This supports hiring a Key Account Manager.",
    ),
    (
        "emp.rule.key_customer_revenue",
        "Ein typischer Kunde bringt Ihnen 500.000 € oder mehr im Jahr, die Größenordnung von Schlüsselkunden. Das spricht für einen Key Account Manager.",
        "A typical customer brings you €500,000 or more a year, the size of a key account. This supports hiring a Key Account Manager.",
    ),
    (
        "emp.rule.six_figure_projects",
        "Sie verkaufen Projekte im sechsstelligen Bereich in Technologie, Maschinenbau oder GreenTech. Solche Projekte verlangen Fachwissen und einen langen Atem. Das spricht für einen Key Account Manager.",
        "You sell six-figure projects in technology, mechanical engineering or GreenTech. They demand expertise and staying power. This supports hiring a Key Account Manager.",
    ),
    (
        "emp.rule.large_company_customers",
        "Ihre Kunden sind große Unternehmen mit komplexen Entscheidungswegen und erwarten einen Ansprechpartner auf Augenhöhe. Das spricht für einen Key Account Manager.",
        "Your customers are large companies with complex decision-making and expect a counterpart at their level. This supports hiring a Key Account Manager.",
    ),
    (
        "emp.rule.multi_level_negotiation",
        "Eine Person müsste zugleich mit Einkaufsleitung, technischer Leitung und Geschäftsführung verhandeln. Das überfordert einen Account Manager und spricht für einen Key Account Manager.",
        "One person would have to negotiate with the head of purchasing, the CTO and the CEO at once. That overstretches an Account Manager and supports hiring a Key Account Manager.",
    ),
    (
        "emp.rule.management_in_operations",
        "Ihre Geschäftsführung wird ständig in die operative Kundenbetreuung gezogen. Ein Key Account Manager würde sie entlasten und die großen Kundenbeziehungen professionell führen.",
        "Your management keeps being pulled into day-to-day customer care. A Key Account Manager would take this off their hands and run the large customer relationships professionally.",
    ),
    (
        "emp.rule.mass_market",
        "Sie machen Massengeschäft mit vielen kleinen Kunden. Dafür reichen in der Regel Account Manager. Das spricht gegen einen Key Account Manager.",
        "You run a volume business with many small customers. Account Managers usually cover this well, which speaks against a Key Account Manager.",
    ),
    (
        "emp.rule.small_customers",
        "Ein typischer Kunde bringt Ihnen weniger als 100.000 € im Jahr. Kunden dieser Größe betreut ein Account Manager gut. Das spricht gegen einen Key Account Manager.",
        "A typical customer brings you less than €100,000 a year. An Account Manager serves customers of this size well, which speaks against a Key Account Manager.",
    ),
    (
        "emp.rule.revenue_well_below",
        "Ihr Jahresumsatz von {value} liegt unter der Schwelle von {threshold}. Bei dieser Unternehmensgröße trägt sich ein Key Account Manager meist noch nicht. Das spricht gegen die Stelle.",
        "Your annual revenue of {value} is below the {threshold} threshold. At this size a Key Account Manager rarely pays for itself yet, which speaks against the role.",
    ),
    // -----------------------------------------------------------------
    // Employer quiz: strengths, directions, verdict levels
    // -----------------------------------------------------------------
    ("emp.strength.strong", "Starkes Signal", "Strong signal"),
    (
        "emp.strength.supporting",
        "Unterstützendes Signal",
        "Supporting signal",
    ),
    ("emp.strength.counter", "Gegensignal", "Counter-signal"),
    ("emp.direction.pro_kam", "Spricht für einen KAM", "For a KAM"),
    (
        "emp.direction.contra_kam",
        "Spricht gegen einen KAM",
        "Against a KAM",
    ),
    (
        "emp.level.am_enough",
        "AM-Team reicht",
        "An Account Manager team is enough",
    ),
    (
        "emp.level.am_enough.summary",
        "Ihre Angaben zeigen keinen Kunden, der eine eigene strategische Betreuung braucht. Ein gut aufgestelltes Team von Account Managern deckt Ihr Geschäft ab.",
        "Your answers show no customer that needs dedicated strategic management. A well-organised team of Account Managers covers your business.",
    ),
    (
        "emp.level.plan_kam",
        "Jetzt AM, KAM einplanen",
        "Hire an AM now, plan a KAM",
    ),
    (
        "emp.level.plan_kam.summary",
        "Für heute genügen Account Manager, doch erste Signale sprechen für strategische Kundenbetreuung. Planen Sie einen Key Account Manager ein, sobald Ihre Schlüsselkunden wachsen.",
        "Account Managers are enough for now, but the first signals point to strategic account management. Plan for a Key Account Manager as your key customers grow.",
    ),
    ("emp.level.kam_recommended", "KAM empfohlen", "KAM recommended"),
    (
        "emp.level.kam_recommended.summary",
        "Ihre wichtigsten Kunden brauchen strategische Betreuung. Passend ist ein Key Account Manager für die Schlüsselkunden, ergänzt durch Account Manager für die übrigen Kunden.",
        "Your most important customers need strategic management. The right set-up is a Key Account Manager for the key customers, backed by Account Managers for the rest.",
    ),
    ("emp.level.kam_urgent", "KAM dringend nötig", "KAM urgently needed"),
    (
        "emp.level.kam_urgent.summary",
        "Viel Umsatz hängt an wenigen Beziehungen: Geht einer dieser Kunden verloren, trifft es Ihr Geschäft hart. Besetzen Sie eine Stelle als Key Account Manager so bald wie möglich.",
        "A lot of revenue depends on a few relationships: losing one of these customers would hit your business hard. Fill a Key Account Manager position as soon as you can.",
    ),
    (
        "emp.level.kam_urgent.signals.summary",
        "Viele Ihrer Antworten sprechen zusammen deutlich für strategische Kundenbetreuung. Besetzen Sie eine Stelle als Key Account Manager so bald wie möglich.",
        "Many of your answers together make a clear case for strategic account management. Fill a Key Account Manager position as soon as you can.",
    ),
    (
        "emp.level.kam_urgent.losing.summary",
        "Sie verlieren wichtige Kunden an Wettbewerber, weil niemand die strategische Beziehung verantwortet. Besetzen Sie eine Stelle als Key Account Manager so bald wie möglich.",
        "You are losing important customers to competitors because nobody owns the strategic relationship. Fill a Key Account Manager position as soon as you can.",
    ),
    (
        "emp.reason.strong_signal",
        "Nach der Punktzahl allein fiele die Empfehlung schwächer aus, doch ein starkes Signal reicht für sich schon für einen Key Account Manager.",
        "On the score alone the recommendation would be weaker, but one strong signal is enough on its own to justify a Key Account Manager.",
    ),
    (
        "emp.reason.urgent",
        "Dringend, weil Sie wichtige Kunden an Wettbewerber verlieren: Das gilt unabhängig von der Punktzahl.",
        "Urgent because you are losing important customers to competitors: that holds whatever the score.",
    ),
    // The employer quiz's own check of a typed share (employer::percent_floor).
    (
        "emp.floor.top_customers",
        "Die größten Kunden zusammen machen mindestens so viel aus wie der größte allein: bitte {value} oder mehr.",
        "Your largest customers together make up at least as much as the largest one alone: please enter {value} or more.",
    ),
];

/// The candidate quiz and result (only in modules with the candidate page).
#[cfg(feature = "candidate")]
static CANDIDATE_TEXTS: &str = catalogue![
    // -----------------------------------------------------------------
    // Candidate quiz: questions (domain guide §6)
    // -----------------------------------------------------------------
    (
        "cand.q.years_in_sales.title",
        "Wie viele Jahre arbeiten Sie schon im Vertrieb?",
        "How many years have you worked in sales?",
    ),
    (
        "cand.q.years_in_sales.help",
        "Zählen Sie alle Jahre mit eigener Kundenverantwortung, auch im Vertriebsinnendienst. Die Erfahrung bestimmt maßgeblich, welche Stufe zu Ihnen passt.",
        "Count every year in which you were responsible for customers, including inside sales. Experience largely decides which level fits you.",
    ),
    (
        "cand.q.education.title",
        "Was ist Ihr höchster Abschluss?",
        "What is your highest qualification?",
    ),
    (
        "cand.q.education.help",
        "Für Account Manager reicht meist eine kaufmännische Ausbildung oder ein Bachelor. Key Account Manager haben oft einen Master oder Zusatzqualifikationen, etwa in Verhandlungsführung.",
        "Account Managers usually need a commercial apprenticeship or a bachelor's degree. Key Account Managers often hold a master's or extra qualifications, for example in negotiation.",
    ),
    (
        "cand.q.education.opt.apprenticeship",
        "Kaufmännische Ausbildung",
        "Commercial apprenticeship",
    ),
    ("cand.q.education.opt.bachelor", "Bachelor", "Bachelor's degree"),
    (
        "cand.q.education.opt.master_or_extra",
        "Master oder Zusatzqualifikation",
        "Master's or extra qualification",
    ),
    (
        "cand.q.account_size.title",
        "Wie viel Umsatz bringen die Kunden, die Sie betreuen?",
        "How much revenue do the customers you look after bring?",
    ),
    (
        "cand.q.account_size.help",
        "Nehmen Sie den typischen Jahresumsatz pro Kunde in Ihrem Portfolio. Wer bereits große Kunden verantwortet, ist einer KAM-Rolle näher.",
        "Take the typical annual revenue per customer in your portfolio. If you already look after large customers, you are closer to a KAM role.",
    ),
    (
        "cand.q.account_size.opt.under_10k",
        "unter 10.000 €",
        "under €10,000",
    ),
    (
        "cand.q.account_size.opt.10k_100k",
        "10.000 bis 100.000 €",
        "€10,000 to €100,000",
    ),
    (
        "cand.q.account_size.opt.100k_500k",
        "100.000 bis 500.000 €",
        "€100,000 to €500,000",
    ),
    (
        "cand.q.account_size.opt.500k_plus",
        "500.000 € und mehr",
        "€500,000 or more",
    ),
    (
        "cand.q.c_level_negotiation.title",
        "Haben Sie schon mit der Geschäftsführung von Kunden verhandelt?",
        "Have you negotiated with customers' top executives?",
    ),
    (
        "cand.q.c_level_negotiation.help",
        "Gemeint sind Verhandlungen, die Sie selbst mit Geschäftsführung, kaufmännischer oder technischer Leitung geführt haben, nicht Termine, bei denen Sie nur dabei waren.",
        "This means negotiations you led yourself with a CEO, CFO or CTO, not meetings you only attended.",
    ),
    (
        "cand.q.account_plans.title",
        "Haben Sie mehrjährige Account-Pläne erstellt?",
        "Have you written multi-year account plans?",
    ),
    (
        "cand.q.account_plans.help",
        "Ein Account-Plan legt für einen Kunden Ziele, Maßnahmen und Umsatzpotenzial über mehrere Jahre fest, nicht nur für das laufende Quartal.",
        "An account plan sets out goals, actions and revenue potential for one customer over several years, not just the current quarter.",
    ),
    (
        "cand.q.framework_contracts.title",
        "Haben Sie Rahmenverträge verhandelt?",
        "Have you negotiated framework contracts?",
    ),
    (
        "cand.q.framework_contracts.help",
        "Rahmenverträge regeln Preise und Mengen über einen längeren Zeitraum. Sie gehören zum Kern des Key Account Managements.",
        "Framework contracts fix prices and volumes over a longer period. They are at the heart of key account management.",
    ),
    (
        "cand.q.cross_department_projects.title",
        "Haben Sie Projekte über mehrere Abteilungen hinweg geleitet?",
        "Have you led projects across several departments?",
    ),
    (
        "cand.q.cross_department_projects.help",
        "Zum Beispiel eine Kundenlösung, für die Sie Technik, Produktion und Logistik zusammengebracht haben.",
        "For example a customer solution for which you brought engineering, production and logistics together.",
    ),
    (
        "cand.q.technical_depth.title",
        "Wie gut kennen Sie Ihre Produkte technisch?",
        "How well do you know your products technically?",
    ),
    (
        "cand.q.technical_depth.help",
        "Key Account Manager führen technische Gespräche mit dem Kunden selbst und entwickeln passende Lösungen. Für Account Manager genügt solides Produktwissen.",
        "Key Account Managers lead technical discussions with customers themselves and shape tailored solutions. For Account Managers, solid product knowledge is enough.",
    ),
    (
        "cand.q.technical_depth.opt.basic",
        "Grundkenntnisse",
        "Basic knowledge",
    ),
    (
        "cand.q.technical_depth.opt.solid",
        "Solides Produktwissen",
        "Solid product knowledge",
    ),
    (
        "cand.q.technical_depth.opt.deep",
        "Tief: Ich führe technische Fachgespräche",
        "Deep: I lead technical discussions",
    ),
    (
        "cand.q.industry_network.title",
        "Haben Sie ein gewachsenes Netzwerk in Ihrer Branche?",
        "Do you have an established network in your industry?",
    ),
    (
        "cand.q.industry_network.help",
        "Ja, wenn Sie Entscheider bei Kunden, Partnern und Verbänden persönlich kennen und ansprechen können.",
        "Yes if you know decision makers at customers, partners and associations personally and can approach them.",
    ),
    (
        "cand.q.preference.title",
        "Was liegt Ihnen mehr?",
        "Which kind of work suits you better?",
    ),
    (
        "cand.q.preference.help",
        "Account Manager haben viele Kunden und viel Abwechslung. Key Account Manager arbeiten mit wenigen Kunden in der Tiefe, unter mehr Druck und mit mehr Kundenpolitik.",
        "Account Managers have many customers and plenty of variety. Key Account Managers go deep with a few customers, under more pressure and with more customer politics.",
    ),
    (
        "cand.q.preference.opt.variety_speed",
        "Abwechslung und Tempo",
        "Variety and pace",
    ),
    (
        "cand.q.preference.opt.depth_politics",
        "Tiefe, Druck und Kundenpolitik",
        "Depth, pressure and politics",
    ),
    (
        "cand.q.preference.opt.undecided",
        "Noch unentschieden",
        "Not sure yet",
    ),
    // -----------------------------------------------------------------
    // Candidate quiz: outcomes, competences, gaps, blockers
    // -----------------------------------------------------------------
    (
        "cand.outcome.junior_am",
        "Junior Account Manager",
        "Junior Account Manager",
    ),
    ("cand.outcome.am", "Account Manager", "Account Manager"),
    (
        "cand.outcome.senior_am",
        "Senior Account Manager",
        "Senior Account Manager",
    ),
    (
        "cand.outcome.kam_ready",
        "Bereit für Key Account Management",
        "Ready for key account management",
    ),
    (
        "cand.factor.c_level_negotiation",
        "Sie haben mit der Geschäftsführung von Kunden verhandelt. Auf dieser Ebene arbeiten Key Account Manager täglich.",
        "You have negotiated with customers' top executives. Key Account Managers work at this level every day.",
    ),
    (
        "cand.factor.account_plans",
        "Sie haben mehrjährige Account-Pläne erstellt. Langfristige Planung ist zentral im Key Account Management.",
        "You have written multi-year account plans. Long-term planning is central to key account management.",
    ),
    (
        "cand.factor.framework_contracts",
        "Sie haben Rahmenverträge verhandelt, eine typische Aufgabe im Key Account Management.",
        "You have negotiated framework contracts, a typical task in key account management.",
    ),
    (
        "cand.factor.cross_department_projects",
        "Sie haben Projekte über Abteilungsgrenzen hinweg geleitet. Das koordinieren Key Account Manager regelmäßig.",
        "You have led projects across departments, which Key Account Managers coordinate regularly.",
    ),
    (
        "cand.factor.industry_network",
        "Sie haben ein gewachsenes Branchennetzwerk. Es öffnet Ihnen Türen zu Entscheidern.",
        "You have an established industry network, which opens doors to decision makers.",
    ),
    (
        "cand.factor.technical_solid",
        "Sie haben solides Produktwissen. Eine gute Basis, die Sie für eine KAM-Rolle weiter vertiefen können.",
        "You have solid product knowledge: a good base that you can deepen for a KAM role.",
    ),
    (
        "cand.factor.technical_deep",
        "Sie kennen Ihre Produkte so gut, dass Sie technische Fachgespräche führen. Das erwarten Kunden von einem Key Account Manager.",
        "You know your products well enough to lead technical discussions, which customers expect from a Key Account Manager.",
    ),
    (
        "cand.factor.accounts_100k_500k",
        "Sie betreuen Kunden mit 100.000 bis 500.000 € Jahresumsatz. Ein guter Schritt hin zu großen Accounts.",
        "You look after customers worth €100,000 to €500,000 a year: a good step towards large accounts.",
    ),
    (
        "cand.factor.accounts_500k_plus",
        "Sie betreuen Kunden mit 500.000 € Jahresumsatz und mehr. Das ist die Größenordnung von Schlüsselkunden.",
        "You look after customers worth €500,000 a year or more: the size of key accounts.",
    ),
    (
        "cand.factor.education_master",
        "Sie haben einen Master oder eine Zusatzqualifikation, wie viele Key Account Manager.",
        "You hold a master's or an extra qualification, as many Key Account Managers do.",
    ),
    (
        "cand.factor.preference_depth",
        "Sie arbeiten gern in der Tiefe und kommen mit Druck und Kundenpolitik zurecht. Das passt zum Key Account Management.",
        "You like working in depth and can handle pressure and customer politics, which suits key account management.",
    ),
    (
        "cand.gap.c_level_negotiation",
        "Bauen Sie Kontakte zur Geschäftsführung Ihrer Kunden auf, nicht nur zum Einkauf, und führen Sie dort erste Gespräche selbst.",
        "Build contacts with your customers' top management, not just purchasing, and start leading conversations at that level.",
    ),
    (
        "cand.gap.account_plans",
        "Erstellen Sie für einen wichtigen Kunden einen Plan über mehrere Jahre, mit Zielen, Maßnahmen und Umsatzpotenzial.",
        "Write a multi-year plan for an important customer, with goals, actions and revenue potential.",
    ),
    (
        "cand.gap.framework_contracts",
        "Sammeln Sie Erfahrung mit Rahmenverträgen, etwa indem Sie eine Verhandlung gemeinsam mit einem erfahrenen Key Account Manager führen.",
        "Gain experience with framework contracts, for example by running a negotiation together with an experienced Key Account Manager.",
    ),
    (
        "cand.gap.cross_department_projects",
        "Übernehmen Sie ein Kundenprojekt, bei dem Sie mehrere Abteilungen koordinieren, etwa Technik, Produktion und Logistik.",
        "Take on a customer project in which you coordinate several departments, such as engineering, production and logistics.",
    ),
    (
        "cand.gap.industry_network",
        "Bauen Sie Ihr Branchennetzwerk gezielt aus, zum Beispiel über Messen, Verbände und Kundentermine auf Entscheiderebene.",
        "Grow your industry network deliberately, for example through trade fairs, associations and meetings with decision makers.",
    ),
    (
        "cand.gap.technical_solid",
        "Bauen Sie solides Produktwissen auf, damit Sie Kundenfragen ohne Rückfrage beantworten können.",
        "Build solid product knowledge so you can answer customer questions without checking back.",
    ),
    (
        "cand.gap.technical_deep",
        "Vertiefen Sie Ihr technisches Wissen, bis Sie Fachgespräche mit Kunden selbst führen können.",
        "Deepen your technical knowledge until you can lead technical discussions with customers yourself.",
    ),
    (
        "cand.gap.accounts_100k_500k",
        "Übernehmen Sie Kunden mit 100.000 bis 500.000 € Jahresumsatz, um Erfahrung mit größeren Accounts zu sammeln.",
        "Take on customers worth €100,000 to €500,000 a year to gain experience with larger accounts.",
    ),
    (
        "cand.gap.accounts_500k_plus",
        "Übernehmen Sie schrittweise größere Kunden, bis hin zu Accounts mit 500.000 € Jahresumsatz und mehr.",
        "Take on larger customers step by step, up to accounts worth €500,000 a year or more.",
    ),
    (
        "cand.gap.education_master",
        "Eine Weiterbildung in Verhandlungsführung oder strategischem Management stärkt Ihr Profil für eine KAM-Rolle.",
        "Training in negotiation or strategic management strengthens your profile for a KAM role.",
    ),
    (
        "cand.gap.preference_depth",
        "Prüfen Sie, ob Ihnen wenige Kunden mit viel Tiefe, Druck und Kundenpolitik liegen. Ein Tag an der Seite eines Key Account Managers hilft bei der Entscheidung.",
        "Check whether you enjoy a few customers in depth, with pressure and customer politics. Shadowing a Key Account Manager for a day helps you decide.",
    ),
    (
        "cand.blocker.years",
        "Für eine Key-Account-Rolle sind mindestens {needed} Jahre Vertriebserfahrung üblich. So viel Erfahrung haben Sie noch nicht.",
        "A key account role usually calls for at least {needed} years of sales experience, which you do not have yet.",
    ),
    (
        "cand.blocker.points",
        "Für den Schritt ins Key Account Management setzen wir mindestens {needed} Kompetenzpunkte an. Ihre Angaben ergeben {points}.",
        "The step into key account management takes at least {needed} competence points. Your answers give {points}.",
    ),
    // -----------------------------------------------------------------
    // Candidate quiz: career steps (domain guide §4)
    // -----------------------------------------------------------------
    (
        "cand.step.junior_gain_experience",
        "Sammeln Sie Vertriebserfahrung mit eigenen Kunden und halten Sie Ihre Erfolge in Zahlen fest.",
        "Build sales experience with your own customers and record your results in figures.",
    ),
    (
        "cand.step.am_stage",
        "Als Account Manager {min} bis {max} Jahre: Portfolio aufbauen, Produktwissen vertiefen, verlässlich gute Ergebnisse liefern.",
        "Account Manager for {min} to {max} years: build your portfolio, deepen your product knowledge and deliver consistently good results.",
    ),
    (
        "cand.step.am_stage_plain",
        "Als Account Manager: Portfolio aufbauen, Produktwissen vertiefen, verlässlich gute Ergebnisse liefern.",
        "As an Account Manager: build your portfolio, deepen your product knowledge and deliver consistently good results.",
    ),
    (
        "cand.step.senior_stage_plain",
        "Als Senior Account Manager: größere Kunden betreuen, mehr Verantwortung übernehmen und strategisch denken lernen.",
        "As a Senior Account Manager: look after larger customers, take on more responsibility and learn to think strategically.",
    ),
    (
        "cand.step.take_larger_accounts",
        "Übernehmen Sie von sich aus größere oder komplexere Kunden und Projekte.",
        "Volunteer for larger or more complex customers and projects.",
    ),
    (
        "cand.step.senior_stage",
        "Als Senior Account Manager {min} bis {max} Jahre: größere Kunden betreuen, mehr Verantwortung übernehmen und strategisch denken lernen.",
        "Senior Account Manager for {min} to {max} years: look after larger customers, take on more responsibility and learn to think strategically.",
    ),
    (
        "cand.step.path_total",
        "Bis zur Rolle als Key Account Manager vergehen insgesamt meist {min} bis {max} Jahre.",
        "The path to Key Account Manager usually takes {min} to {max} years in all.",
    ),
    (
        "cand.step.path_remaining",
        "Von heute an dauert der Weg zur Rolle als Key Account Manager meist noch {min} bis {max} Jahre.",
        "From today, the path to Key Account Manager usually takes another {min} to {max} years.",
    ),
    (
        "cand.step.build_strategic_skills",
        "Entwickeln Sie strategische Fähigkeiten: Account-Pläne über das Quartal hinaus, Verhandlungen mit der Geschäftsführung, Analyse von Geschäftsmodellen.",
        "Develop strategic skills: account plans beyond the current quarter, negotiations with top management, analysis of business models.",
    ),
    (
        "cand.step.coach_juniors",
        "Coachen Sie Junior Account Manager. Das zeigt Führungsstärke und bereitet Sie auf mehr Verantwortung vor.",
        "Coach Junior Account Managers. It shows leadership and prepares you for more responsibility.",
    ),
    (
        "cand.step.move_to_kam",
        "Bewerben Sie sich auf eine Stelle als Key Account Manager, sobald sich eine bietet.",
        "Apply for a Key Account Manager position as soon as one comes up.",
    ),
    (
        "cand.step.move_to_kam_when_ready",
        "Sind die unten genannten Lücken geschlossen, bewerben Sie sich auf eine Stelle als Key Account Manager.",
        "Once the gaps named below are closed, apply for a Key Account Manager position.",
    ),
    (
        "cand.step.internal_promotion",
        "Intern: Sprechen Sie mit Ihrer Führungskraft, wenn eine Key-Account-Stelle frei wird oder das Unternehmen wächst.",
        "Internally: talk to your manager when a key account position opens up or the company grows.",
    ),
    (
        "cand.step.change_employer",
        "Extern: Ein Wechsel des Arbeitgebers kann schneller in eine Key-Account-Rolle führen.",
        "Externally: changing employer can be a faster route into a key account role.",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_found_in_order_and_once() {
        assert_eq!(
            placeholders("{value} of {threshold}, again {value}"),
            vec!["value", "threshold"]
        );
        assert_eq!(placeholders("no numbers here"), Vec::<&str>::new());
        assert_eq!(placeholders("{} { value} {Value} {min"), Vec::<&str>::new());
        assert_eq!(placeholders("{{min}} and {max}"), vec!["min", "max"]);
    }

    #[test]
    fn unknown_key_is_none() {
        assert_eq!(text(Lang::De, "no.such.key"), None);
        assert_eq!(text(Lang::En, ""), None);
    }

    #[test]
    fn every_row_has_a_key_and_two_texts() {
        let ends: usize = PARTS
            .iter()
            .map(|p| p.chars().filter(|c| *c == ROW_END).count())
            .sum();
        assert_eq!(rows().len(), ends);
        for row in PARTS.iter().flat_map(|p| p.split_terminator(ROW_END)) {
            assert_eq!(row.split(FIELD_END).count(), 3, "row {row:?}");
        }
        for (key, de, en) in rows() {
            assert!(!key.is_empty() && !de.is_empty() && !en.is_empty(), "{key}");
        }
    }

    #[test]
    fn catalogue_has_no_duplicate_keys() {
        for (i, (key, _, _)) in rows().iter().enumerate() {
            let later = rows().iter().skip(i + 1).any(|(k, _, _)| k == key);
            assert!(!later, "duplicate key {key}");
        }
    }

    #[test]
    fn catalogue_has_no_key_the_domain_never_emits() {
        let keys = crate::domain::text_keys::all_text_keys();
        for (key, _, _) in rows() {
            assert!(keys.iter().any(|k| k == key), "orphan key {key}");
        }
        assert_eq!(rows().len(), keys.len());
    }
}

//! The typed message catalogue: every text the shell shows, in German and
//! English.
//!
//! Each language is one value of [`Messages`]; a field that one language
//! lacks is a compile error, so a missing translation fails the build rather
//! than showing a blank or a key to a visitor. Pure: no browser crate.

/// A language the UI speaks. German is the default because the app's
/// audience is the German recruiting market.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Deutsch (default).
    #[default]
    De,
    /// English.
    En,
}

impl Lang {
    /// Every supported language, in the order the switch shows them.
    pub const ALL: [Lang; 2] = [Lang::De, Lang::En];

    /// The BCP 47 code, used for `<html lang>` and storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// Reads a language code as stored or passed by a host page. Only the
    /// primary subtag counts ("de-AT" is German); anything unknown is `None`
    /// so the caller decides the fallback.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("de") {
            Some(Lang::De)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The catalogue for this language.
    pub fn messages(self) -> &'static Messages {
        match self {
            Lang::De => &DE,
            Lang::En => &EN,
        }
    }
}

/// Every text of the app shell. Adding a field forces both translations.
#[derive(Debug)]
pub struct Messages {
    /// The product name in the header.
    pub app_name: &'static str,
    /// The standalone page's document title (index.html carries the German).
    pub page_title: &'static str,
    /// One line under the product name.
    pub tagline: &'static str,
    /// Accessible name of the main navigation.
    pub nav_label: &'static str,
    /// Link text: overview page.
    pub nav_home: &'static str,
    /// Link text: employer quiz.
    pub nav_employer: &'static str,
    /// Link text: candidate quiz.
    pub nav_candidate: &'static str,
    /// Link text: cost calculator.
    pub nav_calculator: &'static str,
    /// Accessible name of the language switch.
    pub lang_switch_label: &'static str,
    /// Name of each language in its own tongue, for the switch's titles.
    pub lang_name: &'static str,
    /// Skip link to the main content.
    pub skip_to_content: &'static str,
    /// Heading of the overview page.
    pub home_title: &'static str,
    /// Introduction on the overview page.
    pub home_intro: &'static str,
    /// Employer quiz: title.
    pub employer_title: &'static str,
    /// Employer quiz: one-line description.
    pub employer_desc: &'static str,
    /// Candidate quiz: title.
    pub candidate_title: &'static str,
    /// Candidate quiz: one-line description.
    pub candidate_desc: &'static str,
    /// Cost calculator: title.
    pub calculator_title: &'static str,
    /// Cost calculator: one-line description.
    pub calculator_desc: &'static str,
    /// Call to open a tool from the overview.
    pub open_tool: &'static str,
    /// Heading for an unknown route.
    pub not_found_title: &'static str,
    /// Text for an unknown route.
    pub not_found_text: &'static str,
    /// Footer promise about privacy.
    pub privacy_note: &'static str,
    /// Quiz progress; {current} and {total} are filled in.
    pub progress: &'static str,
    /// Button: previous question.
    pub back: &'static str,
    /// Button: next question.
    pub next: &'static str,
    /// Button: skip an optional question.
    pub skip: &'static str,
    /// Button on the last question.
    pub show_result: &'static str,
    /// Marks an optional question.
    pub optional: &'static str,
    /// Answer yes.
    pub yes: &'static str,
    /// Answer no.
    pub no: &'static str,
    /// Input hint for euro amounts.
    pub hint_euros: &'static str,
    /// Input hint for percentages.
    pub hint_percent: &'static str,
    /// Input hint for counts.
    pub hint_count: &'static str,
    /// Input hint for years.
    pub hint_years: &'static str,
    /// Shown when Next is pressed without an answer.
    pub answer_required: &'static str,
    /// Link from a result back to the questions.
    pub edit_answers: &'static str,
    /// Button: clear this tool's answers.
    pub start_over: &'static str,
    /// Button: copy a link with the result.
    pub share: &'static str,
    /// Status after copying the link.
    pub share_copied: &'static str,
    /// Shown when the clipboard is unavailable.
    pub share_manual: &'static str,
    /// Name of the read-only field holding the share link.
    pub share_url_label: &'static str,
    /// Button: print the result.
    pub print: &'static str,
    /// A shared link could not be read.
    pub notice_bad_link: &'static str,
    /// Stored answers could not be read.
    pub notice_bad_storage: &'static str,
    /// Small label above a verdict.
    pub result_label: &'static str,
    /// Heading of the factor list.
    pub reasons_title: &'static str,
    /// When no rule fired.
    pub no_factors: &'static str,
    /// Label for a factor's weight; {value} is filled in.
    pub weight: &'static str,
    /// Label for the score; {value} is filled in.
    pub score: &'static str,
    /// How much of the quiz was answered; {value} is a percentage.
    pub confidence: &'static str,
    /// Heading of the recommended team.
    pub team_title: &'static str,
    /// KAM head count; {value} is a number or range, {s} the plural
    /// ending (`plural_s`) unless the count is exactly one.
    pub team_kam: &'static str,
    /// AM head count; {value} and {s} as in `team_kam`.
    pub team_am: &'static str,
    /// KAMs to plan later; {value} and {s} as in `team_kam`.
    pub team_planned: &'static str,
    /// The plural ending of the team lines' role names ("" in German,
    /// where "Manager" is both singular and plural).
    pub plural_s: &'static str,
    /// Basis: customer counts given; {key} and {others} are filled in.
    pub team_from_counts: &'static str,
    /// The same with no key customers named at a KAM level; {others}.
    pub team_from_others_min_kam: &'static str,
    /// Basis: no customer counts given.
    pub team_typical: &'static str,
    /// Link from the employer result to the calculator; {kam} and {am} are
    /// the head counts it takes over from the recommended ranges.
    pub open_calculator: &'static str,
    /// Above that link: how the counts come out of the ranges (\[D\]).
    pub calc_team_rule: &'static str,
    /// The same when the KAMs are only to be planned.
    pub calc_team_rule_planned: &'static str,
    /// Label above the candidate's role.
    pub cand_result_title: &'static str,
    /// Heading of the career timeline.
    pub path_title: &'static str,
    /// Marks the current step on the timeline.
    pub you_are_here: &'static str,
    /// Heading of the next steps.
    pub next_steps_title: &'static str,
    /// Heading of missing competences.
    pub gaps_title: &'static str,
    /// Heading of the competences shown.
    pub strengths_title: &'static str,
    /// Heading of the salary band; {role} is filled in.
    pub salary_title: &'static str,
    /// Under the candidate's salary band.
    pub salary_note: &'static str,
    /// Link from the candidate's band to the calculator's for the same role.
    pub role_in_calculator: &'static str,
    /// Band: lower end.
    pub band_min: &'static str,
    /// Band: typical.
    pub band_typical: &'static str,
    /// Band: upper end.
    pub band_max: &'static str,
    /// Heading of the calculator inputs.
    pub calc_inputs: &'static str,
    /// Fieldset: company.
    pub calc_company: &'static str,
    /// Fieldset: the two roles.
    pub calc_roles: &'static str,
    /// Fieldset: hiring and ramp-up.
    pub calc_hiring: &'static str,
    /// Fieldset: team.
    pub calc_team: &'static str,
    /// Label: industry.
    pub industry: &'static str,
    /// Label: region.
    pub region: &'static str,
    /// Label: company size.
    pub company_size: &'static str,
    /// Option: no adjustment.
    pub no_factor: &'static str,
    /// The size select's empty choice when the staff count picks a class;
    /// {size} and {staff} are filled in.
    pub size_from_staff: &'static str,
    /// Label: staff count (U1 levy).
    pub staff_count: &'static str,
    /// Label: company in Saxony.
    pub saxony: &'static str,
    /// Label: include accident insurance.
    pub accident: &'static str,
    /// Label: which point of the band.
    pub band_point: &'static str,
    /// Label: AM level.
    pub am_level: &'static str,
    /// Label: KAM level.
    pub kam_level: &'static str,
    /// Label: base salary override; {role} filled in.
    pub base_salary: &'static str,
    /// Label: variable pay share; {role} filled in.
    pub variable_share: &'static str,
    /// Label: company car; {role} filled in.
    pub car_class: &'static str,
    /// Label: recruiting fee.
    pub recruiting_fee: &'static str,
    /// Label: ramp-up months; {role} filled in.
    pub ramp_up_months: &'static str,
    /// Label: productivity gap.
    pub productivity_gap: &'static str,
    /// Label: number of KAMs.
    pub kam_count: &'static str,
    /// Label: number of AMs.
    pub am_count: &'static str,
    /// Label: revenue looked after.
    pub revenue: &'static str,
    /// Heading of the calculator results.
    pub results: &'static str,
    /// Heading: salary band; {role} filled in.
    pub band_title: &'static str,
    /// Line: base salary.
    pub line_base: &'static str,
    /// Line: variable pay.
    pub line_variable: &'static str,
    /// Line: taxable car benefit.
    pub line_car_benefit: &'static str,
    /// Line: gross pay.
    pub line_gross: &'static str,
    /// Line: employer contributions total.
    pub line_contributions: &'static str,
    /// Detail of a contribution: {rate} and {ceiling} filled in.
    pub line_rate_ceiling: &'static str,
    /// Detail of an uncapped contribution: {rate} filled in.
    pub line_rate_uncapped: &'static str,
    /// Detail of a contribution that does not apply.
    pub line_not_applied: &'static str,
    /// Line: full car cost.
    pub line_car_cost: &'static str,
    /// Line: yearly employer cost.
    pub line_yearly: &'static str,
    /// Detail of the yearly cost: what it adds up.
    pub yearly_detail: &'static str,
    /// Line: monthly employer cost.
    pub line_monthly: &'static str,
    /// Line: recruiting fee.
    pub line_recruiting: &'static str,
    /// Line: ramp-up cost.
    pub line_ramp_up: &'static str,
    /// Line: first-year cost.
    pub line_first_year: &'static str,
    /// Heading: team cost; {kam} and {am} filled in.
    pub team_total_title: &'static str,
    /// Line: team per year.
    pub team_yearly: &'static str,
    /// The sticky total's label on one-column layouts, with the team it
    /// costs ({kam}, {am}, {kam_s}, {am_s} as in [`fill_team`]).
    pub sticky_team: &'static str,
    /// Line: team first year.
    pub team_first_year: &'static str,
    /// Small print under the team cost's share of revenue; {revenue} is the revenue.
    pub cost_per_revenue: &'static str,
    /// Under the revenue ratio when the team costs more than the revenue.
    pub cost_over_revenue: &'static str,
    /// Under the recommended team when the team the customer counts would
    /// need costs more than the revenue even at its low end; {team}, {cost}
    /// and {revenue} are filled in.
    pub team_over_revenue: &'static str,
    /// The same when the counted team is kept (the usual structure would
    /// cost more); {costed}, {cost} and {revenue}.
    pub team_costs_revenue: &'static str,
    /// Where each employer level begins: {plan}, {recommended}, {urgent}
    /// (scores) and the three levels' titles ({plan_title} …).
    pub score_scale: &'static str,
    /// Joins two head counts ("2 Key Account Manager und 5 Account Manager").
    pub and: &'static str,
    /// Heading: AM vs KAM.
    pub compare_title: &'static str,
    /// Column: difference KAM minus AM.
    pub compare_difference: &'static str,
    /// Heading/label of the chart.
    pub chart_title: &'static str,
    /// Column: per year.
    pub per_year: &'static str,
    /// Column: first year.
    pub first_year: &'static str,
    /// Accessible prefix of a source button.
    pub source_label: &'static str,
    /// Origin: computed.
    pub derived: &'static str,
    /// Origin: typed by the visitor.
    pub user_input: &'static str,
    /// Note under the calculator.
    pub assumptions_note: &'static str,
    /// Prefix for an inline input error.
    pub input_invalid: &'static str,
    /// Default call-to-action label.
    pub cta_default_label: &'static str,
    /// Visible badge on assumed figures.
    pub assumption_short: &'static str,
    /// Ramp-up detail; {months} and {gap} are filled in.
    pub ramp_detail: &'static str,
    /// Detail of the car benefit line; {rate} and {price} are filled in.
    pub car_benefit_detail: &'static str,
    /// Label of the cost-per-revenue line.
    pub revenue_short: &'static str,
    /// Hint under a calculator field; {value} is the default used.
    pub default_value: &'static str,
    /// After `default_value` for the fee: the market's span and average;
    /// {range} and {average} are filled in.
    pub fee_market: &'static str,
    /// After `default_value` for ramp-up: the usual months; {range}.
    pub ramp_usual: &'static str,
    /// Hint under a variable-pay field; {value} is the usual range.
    pub usual_range: &'static str,
    /// Hint under a variable-pay field holding a share outside the usual
    /// range (`{value}`: the range).
    pub outside_usual_range: &'static str,
    /// Hint under the staff count.
    /// Hint under the staff count; {u1} is the U1 levy's staff limit.
    pub staff_hint: &'static str,
    /// Accessible name of a notice's close button.
    pub dismiss: &'static str,
    /// Shown if the built-in data cannot be read (never expected).
    pub data_broken: &'static str,
    /// Shown while the module of another tool loads (release builds ship
    /// one wasm module per tool).
    pub tool_loading: &'static str,
    /// Lead of the message for an unusable override document.
    pub config_invalid: &'static str,
    /// An override document could not be fetched; {field} is the reason.
    pub config_fetch_failed: &'static str,
    /// Shown in place of a widget that crashed.
    pub crash_text: &'static str,
    /// The button that restarts a crashed widget.
    pub crash_reload: &'static str,
}

/// German texts (default).
pub static DE: Messages = Messages {
    app_name: "KAM Navigator",
    page_title: "KAM Navigator: Account Manager oder Key Account Manager?",
    tagline: "Account Manager oder Key Account Manager? Entscheiden mit Zahlen statt Bauchgefühl.",
    nav_label: "Werkzeuge",
    nav_home: "Übersicht",
    nav_employer: "Für Arbeitgeber",
    nav_candidate: "Für Vertriebler",
    nav_calculator: "Kostenrechner",
    lang_switch_label: "Sprache",
    lang_name: "Deutsch",
    skip_to_content: "Zum Inhalt springen",
    home_title: "Welche Vertriebsrolle passt?",
    home_intro: "Drei Werkzeuge helfen bei der Entscheidung zwischen Account Management und Key Account Management: für Unternehmen, die einstellen wollen, für Vertriebler, die ihren nächsten Schritt planen, und für alle, die wissen wollen, was eine Stelle wirklich kostet.",
    employer_title: "Brauchen wir einen Account Manager oder einen Key Account Manager?",
    employer_desc: "Ein kurzer Fragebogen zu Kunden und Umsatz: mit Empfehlung, Begründung Punkt für Punkt und passender Teamgröße.",
    candidate_title: "Welche Rolle passt zu mir?",
    candidate_desc: "Vom Junior Account Manager bis zum Key Account Manager: Ihre Einordnung, die nächsten Karriereschritte und das zu erwartende Gehalt.",
    calculator_title: "Was kostet die Stelle wirklich?",
    calculator_desc: "Gehaltsspannen nach Rolle, Branche und Region, Arbeitgeberanteile 2026, Dienstwagen, Recruiting und Einarbeitung: AM und KAM im Vergleich.",
    open_tool: "Öffnen",
    not_found_title: "Seite nicht gefunden",
    not_found_text: "Diese Adresse kennt der KAM Navigator nicht. Wählen Sie oben ein Werkzeug.",
    privacy_note: "Alles wird in Ihrem Browser berechnet. Es werden keine Daten übertragen.",
    progress: "Frage {current} von {total}",
    back: "Zurück",
    next: "Weiter",
    skip: "Überspringen",
    show_result: "Ergebnis anzeigen",
    optional: "optional",
    yes: "Ja",
    no: "Nein",
    hint_euros: "z. B. 5.000.000 oder 5 Mio.",
    hint_percent: "z. B. 12,5 %",
    hint_count: "z. B. 12",
    hint_years: "z. B. 4",
    answer_required: "Bitte beantworten Sie diese Frage, um fortzufahren.",
    edit_answers: "Antworten ändern",
    start_over: "Neu beginnen",
    share: "Link kopieren",
    share_copied: "Link kopiert. Er öffnet genau dieses Ergebnis.",
    share_manual: "Kopieren Sie diesen Link:",
    share_url_label: "Link zu diesem Ergebnis",
    print: "Drucken",
    notice_bad_link: "Der geöffnete Link ließ sich nicht lesen. Sie starten mit Ihren bisherigen Angaben.",
    notice_bad_storage: "Gespeicherte Angaben aus einer älteren Version wurden verworfen.",
    result_label: "Ergebnis",
    reasons_title: "Die Gründe, Punkt für Punkt",
    no_factors: "Keine Ihrer Antworten spricht deutlich für oder gegen einen Key Account Manager.",
    weight: "Gewicht {value}",
    score: "Punktzahl {value}",
    confidence: "Beantwortet: {value} der gewichteten Fragen",
    team_title: "Empfohlenes Team",
    team_kam: "{value} Key Account Manager",
    team_am: "{value} Account Manager",
    team_planned: "später {value} Key Account Manager einplanen",
    plural_s: "",
    team_from_counts: "Berechnet aus {key} Schlüsselkunden und {others} weiteren Kunden und der üblichen Betreuungskapazität.",
    team_from_others_min_kam: "Berechnet aus {others} weiteren Kunden und der üblichen Betreuungskapazität; ohne genannte Schlüsselkunden setzt dieses Ergebnis mindestens einen Key Account Manager an.",
    team_typical: "Typische Struktur für dieses Ergebnis. Geben Sie die Kundenzahlen an, um genauer zu rechnen.",
    open_calculator: "Kosten für {kam} KAM und {am} AM berechnen",
    calc_team_rule: "Der Rechner übernimmt die untere KAM-Zahl und die Mitte der AM-Spanne, aufgerundet; beides können Sie dort ändern.",
    calc_team_rule_planned: "Der Rechner übernimmt die untere Zahl der einzuplanenden KAM und die Mitte der AM-Spanne, aufgerundet; beides können Sie dort ändern.",
    cand_result_title: "Ihre Einordnung",
    path_title: "Ihr Karriereweg",
    you_are_here: "Sie sind hier",
    next_steps_title: "Ihre nächsten Schritte",
    gaps_title: "Was Ihnen für Key Account Management noch fehlt",
    strengths_title: "Was Sie schon mitbringen",
    salary_title: "Gehalt als {role}",
    salary_note: "Grundgehalt pro Jahr, brutto, bundesweit ohne Regional- und Größenfaktor, ohne variable Vergütung.",
    role_in_calculator: "Diese Spanne nach Region, Branche und Unternehmensgröße ansehen",
    band_min: "Untergrenze",
    band_typical: "Typisch",
    band_max: "Obergrenze",
    calc_inputs: "Ihre Angaben",
    calc_company: "Unternehmen",
    calc_roles: "Rollen",
    calc_hiring: "Einstellung und Einarbeitung",
    calc_team: "Team",
    industry: "Branche",
    region: "Region",
    company_size: "Unternehmensgröße",
    no_factor: "ohne Anpassung",
    size_from_staff: "{size} ({staff} eingegeben)",
    staff_count: "Beschäftigte",
    saxony: "Sitz in Sachsen (niedrigerer Pflegebeitrag)",
    accident: "Berufsgenossenschaft einrechnen",
    band_point: "Gehalt innerhalb der Spanne",
    am_level: "Stufe Account Manager",
    kam_level: "Stufe Key Account Manager",
    base_salary: "Grundgehalt {role}",
    variable_share: "Variable Vergütung {role}",
    car_class: "Dienstwagen {role}",
    recruiting_fee: "Recruiting-Honorar (vom Zieleinkommen)",
    ramp_up_months: "Einarbeitung {role} in Monaten",
    productivity_gap: "Produktivitätslücke während der Einarbeitung",
    kam_count: "Anzahl Key Account Manager",
    am_count: "Anzahl Account Manager",
    revenue: "Betreuter Jahresumsatz (optional)",
    results: "Ergebnis",
    band_title: "Gehaltsspanne {role}",
    line_base: "Grundgehalt",
    line_variable: "Variable Vergütung",
    line_car_benefit: "Geldwerter Vorteil Dienstwagen",
    // "\u{ad}" (soft hyphen): where a word may break in the phone cost
    // table (tests/texts.rs cost_table_labels_break_only_between_syllables).
    line_gross: "Brutto\u{ad}entgelt",
    line_contributions: "Arbeitgeber\u{ad}anteile Sozial\u{ad}versicherung",
    line_rate_ceiling: "{rate} bis {ceiling}",
    line_rate_uncapped: "{rate}, ohne Grenze",
    line_not_applied: "entfällt",
    line_car_cost: "Dienstwagen, Vollkosten",
    line_yearly: "Arbeitgeber\u{ad}kosten pro Jahr",
    yearly_detail: "Grundgehalt + variable Vergütung + Arbeitgeber\u{ad}anteile + Dienstwagen, ohne geldwerten Vorteil",
    line_monthly: "pro Monat",
    line_recruiting: "Recruiting-Honorar",
    line_ramp_up: "Einarbeitung",
    line_first_year: "Kosten im ersten Jahr",
    team_total_title: "Ihr Team: {kam} KAM und {am} AM",
    team_yearly: "Team pro Jahr",
    sticky_team: "{kam} KAM + {am} AM pro Jahr",
    team_first_year: "Team im ersten Jahr",
    cost_per_revenue: "Teamkosten pro Jahr im Verhältnis zu {revenue} Umsatz",
    cost_over_revenue: "Das Team kostet im Jahr mehr, als es an Umsatz betreut.",
    team_over_revenue: "Vorsicht: Bei der üblichen Betreuungskapazität bräuchten Sie für alle Ihre Kunden {team}. Schon das Team, mit dem der Kostenrechner startet ({costed}), kostet mit seinen Standardwerten etwa {cost} im Jahr, mehr als Ihr Jahresumsatz von {revenue}. Persönlich betreuen lassen sich nur Ihre größeren Kunden; oben steht deshalb die übliche Struktur für dieses Ergebnis.",
    team_costs_revenue: "Vorsicht: Schon das Team, mit dem der Kostenrechner startet ({costed}), kostet mit seinen Standardwerten etwa {cost} im Jahr, mehr als Ihr Jahresumsatz von {revenue}.",
    and: "und",
    score_scale: "Stufen nach Punktzahl: ab {plan} „{plan_title}“, ab {recommended} „{recommended_title}“, ab {urgent} „{urgent_title}“.",
    compare_title: "AM und KAM im Vergleich",
    compare_difference: "Mehrkosten KAM",
    chart_title: "Kosten pro Jahr und im ersten Jahr",
    per_year: "pro Jahr",
    first_year: "erstes Jahr",
    source_label: "Quelle",
    derived: "berechnet",
    user_input: "Ihre Eingabe",
    assumptions_note: "Mit „Annahme“ markierte Werte sind Schätzungen; viele davon können Sie oben ändern. Alle Beträge in Euro, brutto.",
    input_invalid: "Eingabe nicht übernommen:",
    cta_default_label: "Mit einem Personalberater sprechen",
    assumption_short: "Annahme",
    ramp_detail: "{months} Monate, {gap} Produktivitäts\u{ad}lücke",
    car_benefit_detail: "{rate} von {price} Listenpreis je Monat, nicht ausgezahlt",
    revenue_short: "Anteil am Umsatz",
    default_value: "Leer lassen für den Standardwert: {value}",
    fee_market: ". Marktüblich {range}, im Schnitt {average}.",
    ramp_usual: ". Üblich sind {range} Monate.",
    usual_range: "Üblich: {value}; leer lassen für die Mitte",
    outside_usual_range: "Außerhalb der üblichen Spanne ({value}); gerechnet wird mit Ihrem Wert",
    staff_hint: "Bis {u1} Beschäftigte fällt die U1-Umlage an. Solange keine Unternehmensgröße gewählt ist, ergibt sie sich aus dieser Zahl.",
    dismiss: "Hinweis schließen",
    data_broken: "Die eingebauten Daten lassen sich nicht lesen. Bitte laden Sie die Seite neu.",
    tool_loading: "Wird geladen …",
    config_invalid: "Die Konfigurationsdatei wurde nicht übernommen; es gelten die eingebauten Werte.",
    config_fetch_failed: "Sie ließ sich nicht laden ({field}).",
    crash_text: "Hier ist leider ein Fehler aufgetreten. Laden Sie das Werkzeug neu, um weiterzumachen.",
    crash_reload: "Neu laden",
};

/// English texts.
pub static EN: Messages = Messages {
    app_name: "KAM Navigator",
    page_title: "KAM Navigator: Account Manager or Key Account Manager?",
    tagline: "Account Manager or Key Account Manager? Decide with figures, not gut feeling.",
    nav_label: "Tools",
    nav_home: "Overview",
    nav_employer: "For employers",
    nav_candidate: "For salespeople",
    nav_calculator: "Cost calculator",
    lang_switch_label: "Language",
    lang_name: "English",
    skip_to_content: "Skip to content",
    home_title: "Which sales role fits?",
    home_intro: "Three tools help with the choice between account management and key account management: for companies about to hire, for salespeople planning their next step, and for anyone who wants to know what a position really costs.",
    employer_title: "Do we need an Account Manager or a Key Account Manager?",
    employer_desc: "A short questionnaire about customers and revenue: a recommendation, the reasons factor by factor and the team size that fits.",
    candidate_title: "Which role fits me?",
    candidate_desc: "From Junior Account Manager to Key Account Manager: where you stand, your next career steps and the salary to expect.",
    calculator_title: "What does the position really cost?",
    calculator_desc: "Salary bands by role, industry and region, 2026 employer contributions, company car, recruiting and ramp-up: AM and KAM side by side.",
    open_tool: "Open",
    not_found_title: "Page not found",
    not_found_text: "KAM Navigator does not know this address. Pick a tool above.",
    privacy_note: "Everything is computed in your browser. No data is sent anywhere.",
    progress: "Question {current} of {total}",
    back: "Back",
    next: "Next",
    skip: "Skip",
    show_result: "Show result",
    optional: "optional",
    yes: "Yes",
    no: "No",
    hint_euros: "e.g. 5,000,000 or 5 M",
    hint_percent: "e.g. 12.5%",
    hint_count: "e.g. 12",
    hint_years: "e.g. 4",
    answer_required: "Please answer this question to continue.",
    edit_answers: "Change answers",
    start_over: "Start over",
    share: "Copy link",
    share_copied: "Link copied. It opens exactly this result.",
    share_manual: "Copy this link:",
    share_url_label: "Link to this result",
    print: "Print",
    notice_bad_link: "The link you opened could not be read. You start with your previous entries.",
    notice_bad_storage: "Saved entries from an older version were discarded.",
    result_label: "Result",
    reasons_title: "The reasons, factor by factor",
    no_factors: "None of your answers points clearly for or against a Key Account Manager.",
    weight: "Weight {value}",
    score: "Score {value}",
    confidence: "Answered: {value} of the weighted questions",
    team_title: "Recommended team",
    team_kam: "{value} Key Account Manager{s}",
    team_am: "{value} Account Manager{s}",
    team_planned: "plan {value} Key Account Manager{s} later",
    plural_s: "s",
    team_from_counts: "Sized from {key} key customers and {others} other customers at the usual workload per person.",
    team_from_others_min_kam: "Sized from {others} other customers at the usual workload per person; with no key customers named, this result still calls for at least one Key Account Manager.",
    team_typical: "A typical structure for this result. Give your customer counts for a closer estimate.",
    open_calculator: "Calculate the cost of {kam} KAM{kam_s} and {am} AM{am_s}",
    calc_team_rule: "The calculator takes the lower KAM count and the middle of the AM range, rounded up; you can change both there.",
    calc_team_rule_planned: "The calculator takes the lower count of KAMs to plan and the middle of the AM range, rounded up; you can change both there.",
    cand_result_title: "Where you stand",
    path_title: "Your career path",
    you_are_here: "You are here",
    next_steps_title: "Your next steps",
    gaps_title: "What you still need for key account management",
    strengths_title: "What you already bring",
    salary_title: "Salary band: {role}",
    salary_note: "Base salary per year, gross, for Germany as a whole (no regional or company-size factor), without variable pay.",
    role_in_calculator: "See this band by region, industry and company size",
    band_min: "Minimum",
    band_typical: "Typical",
    band_max: "Maximum",
    calc_inputs: "Your inputs",
    calc_company: "Company",
    calc_roles: "Roles",
    calc_hiring: "Hiring and ramp-up",
    calc_team: "Team",
    industry: "Industry",
    region: "Region",
    company_size: "Company size",
    no_factor: "no adjustment",
    size_from_staff: "{size} ({staff} entered)",
    staff_count: "Staff",
    saxony: "Based in Saxony (lower care rate)",
    accident: "Include accident insurance",
    band_point: "Salary within the band",
    am_level: "Account Manager level",
    kam_level: "Key Account Manager level",
    base_salary: "Base salary {role}",
    variable_share: "Variable pay {role}",
    car_class: "Company car {role}",
    recruiting_fee: "Recruiting fee (of target pay)",
    ramp_up_months: "Ramp-up {role} in months",
    productivity_gap: "Productivity gap during ramp-up",
    kam_count: "Number of Key Account Managers",
    am_count: "Number of Account Managers",
    revenue: "Yearly revenue looked after (optional)",
    results: "Results",
    band_title: "Salary band {role}",
    line_base: "Base salary",
    line_variable: "Variable pay",
    line_car_benefit: "Taxable car benefit",
    line_gross: "Gross pay",
    line_contributions: "Employer social-security contributions",
    line_rate_ceiling: "{rate} up to {ceiling}",
    line_rate_uncapped: "{rate}, no ceiling",
    line_not_applied: "does not apply",
    line_car_cost: "Company car, full cost",
    line_yearly: "Employer cost per year",
    yearly_detail: "base + variable + contributions + car, without the car benefit",
    line_monthly: "per month",
    line_recruiting: "Recruiting fee",
    line_ramp_up: "Ramp-up",
    line_first_year: "Cost in the first year",
    team_total_title: "Your team: {kam} KAM{kam_s} and {am} AM{am_s}",
    team_yearly: "Team per year",
    sticky_team: "{kam} KAM{kam_s} + {am} AM{am_s} per year",
    team_first_year: "Team in the first year",
    cost_per_revenue: "yearly team cost against {revenue} revenue",
    cost_over_revenue: "The team costs more per year than the revenue it looks after.",
    team_over_revenue: "Careful: at the usual workload per person, all your customers would need {team}. Even the team the calculator starts from ({costed}) costs about {cost} a year at its default values, more than your annual revenue of {revenue}. Only your larger customers can be looked after in person, so the structure above is the usual one for this result.",
    team_costs_revenue: "Careful: even the team the calculator starts from ({costed}) costs about {cost} a year at its default values, more than your annual revenue of {revenue}.",
    and: "and",
    score_scale: "Levels by score: from {plan} “{plan_title}”, from {recommended} “{recommended_title}”, from {urgent} “{urgent_title}”.",
    compare_title: "AM and KAM side by side",
    compare_difference: "KAM costs more by",
    chart_title: "Cost per year and in the first year",
    per_year: "per year",
    first_year: "first year",
    source_label: "Source",
    derived: "computed",
    user_input: "your input",
    assumptions_note: "Figures marked as assumptions are estimates; you can change many of them above. All amounts in euros, gross.",
    input_invalid: "Input not accepted:",
    cta_default_label: "Talk to a recruiter",
    assumption_short: "assumption",
    ramp_detail: "{months} months, {gap} productivity gap",
    car_benefit_detail: "{rate} of the {price} list price a month, not paid out",
    revenue_short: "Share of revenue",
    default_value: "Leave empty for the default: {value}",
    fee_market: ". Market: {range}, {average} on average.",
    ramp_usual: ". Usually {range} months.",
    usual_range: "Usual: {value}; leave empty for the middle",
    outside_usual_range: "Outside the usual range ({value}); your figure is used",
    staff_hint: "Firms with up to {u1} staff pay the U1 levy. While no company size is chosen, this number sets it.",
    dismiss: "Close notice",
    data_broken: "The built-in data cannot be read. Please reload the page.",
    tool_loading: "Loading …",
    config_invalid: "The configuration file was not applied; the built-in figures are used.",
    config_fetch_failed: "It could not be loaded ({field}).",
    crash_text: "Sorry, something went wrong here. Reload the tool to carry on.",
    crash_reload: "Reload",
};

/// Fills `{name}` placeholders in a template. Unknown placeholders stay as
/// they are, so a missing value shows up in review instead of vanishing.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    // `split_once`, not `split_at` with an index: no slicing panic path at
    // each of its many inlined callers (-204 B gzip of wasm).
    while let Some((before, from_brace)) = rest.split_once('{') {
        out.push_str(before);
        out.push('{');
        let Some((name, after)) = from_brace.split_once('}') else {
            out.push_str(from_brace);
            return out;
        };
        match values.iter().find(|(n, _)| *n == name) {
            Some((_, v)) => {
                out.pop();
                out.push_str(v);
            }
            None => {
                out.push_str(name);
                out.push('}');
            }
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// A team template ("Ihr Team: {kam} KAM und {am} AM") with the two head
/// counts and, where the language has them, their plural endings
/// ({kam_s}, {am_s}: "1 KAM and 2 AMs").
pub fn fill_team(lang: Lang, template: &str, kam: u32, am: u32) -> String {
    let ending = |n: u32| if n == 1 { "" } else { lang.messages().plural_s };
    fill(
        template,
        &[
            ("kam", &crate::numfmt::integer(lang, i64::from(kam))),
            ("am", &crate::numfmt::integer(lang, i64::from(am))),
            ("kam_s", ending(kam)),
            ("am_s", ending(am)),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn team_counts_take_the_plural_where_the_language_has_one() {
        let t = |lang: Lang, kam, am| fill_team(lang, lang.messages().team_total_title, kam, am);
        assert_eq!(t(Lang::En, 1, 2), "Your team: 1 KAM and 2 AMs");
        assert_eq!(t(Lang::En, 0, 1), "Your team: 0 KAMs and 1 AM");
        assert_eq!(t(Lang::En, 1_200, 3), "Your team: 1,200 KAMs and 3 AMs");
        assert_eq!(t(Lang::De, 1, 2), "Ihr Team: 1 KAM und 2 AM");
        assert_eq!(
            fill_team(Lang::En, Lang::En.messages().open_calculator, 2, 6),
            "Calculate the cost of 2 KAMs and 6 AMs"
        );
    }

    #[test]
    fn fill_replaces_known_placeholders_only() {
        for (template, want) in [
            ("Frage {current} von {total}", "Frage 3 von 9"),
            ("{current}{current}", "33"),
            ("no placeholders", "no placeholders"),
            ("{unknown} stays", "{unknown} stays"),
            ("open { brace", "open { brace"),
            ("", ""),
            ("ünïcödé {total}€", "ünïcödé 9€"),
        ] {
            assert_eq!(fill(template, &[("current", "3"), ("total", "9")]), want);
        }
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
    }

    #[test]
    fn region_subtags_and_case_are_accepted() {
        for (code, want) in [
            ("de-AT", Some(Lang::De)),
            ("EN_gb", Some(Lang::En)),
            (" en ", Some(Lang::En)),
            ("fr", None),
            ("", None),
            ("-", None),
        ] {
            assert_eq!(Lang::from_code(code), want, "code {code:?}");
        }
    }

    #[test]
    fn german_is_the_default() {
        assert_eq!(Lang::default(), Lang::De);
    }

    #[test]
    fn the_languages_really_differ() {
        // A copy-paste of one catalogue into the other would pass the
        // compiler; this catches it for the texts that must differ.
        let (de, en) = (Lang::De.messages(), Lang::En.messages());
        assert_ne!(de.home_title, en.home_title);
        assert_ne!(de.calculator_desc, en.calculator_desc);
        assert_ne!(de.nav_calculator, en.nav_calculator);
        assert_ne!(de.privacy_note, en.privacy_note);
    }
}

//! How a widget instance is configured: the `<kam-navigator>` element's
//! attributes (or the iframe page's query string), checked and typed.
//!
//! Everything here comes from a host page the project does not control, so
//! every value is optional, unknown values fall back to defaults, and the
//! call-to-action link goes through [`Cta`]'s scheme check. Pure: no browser
//! crate. Also the events the widget reports to its host, as JSON.

use crate::cta::{Cta, CtaError};
use crate::domain::codec::Tool;
use crate::i18n::Lang;
use crate::route::Route;

/// Which tools a widget shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ToolChoice {
    /// All three with navigation (the standalone app).
    #[default]
    All,
    /// Only one tool, no navigation.
    One(Tool),
}

impl ToolChoice {
    /// Reads the `tool` attribute; unknown values mean all tools.
    pub fn parse(s: Option<&str>) -> ToolChoice {
        match s.map(|s| s.trim().to_ascii_lowercase()).as_deref() {
            Some("employer") => ToolChoice::One(Tool::Employer),
            Some("candidate") => ToolChoice::One(Tool::Candidate),
            Some("calculator") => ToolChoice::One(Tool::Calculator),
            _ => ToolChoice::All,
        }
    }

    /// The page a widget opens on.
    pub fn start_route(self) -> Route {
        match self {
            ToolChoice::All => Route::Home,
            ToolChoice::One(tool) => tool_route(tool),
        }
    }
}

/// The route of a tool.
pub fn tool_route(tool: Tool) -> Route {
    match tool {
        Tool::Employer => Route::Employer,
        Tool::Candidate => Route::Candidate,
        Tool::Calculator => Route::Calculator,
    }
}

/// The tool of a route (the overview and unknown pages count as employer).
pub fn route_tool(route: Route) -> Tool {
    match route {
        Route::Candidate => Tool::Candidate,
        Route::Calculator => Tool::Calculator,
        Route::Home | Route::Employer | Route::NotFound => Tool::Employer,
    }
}

/// Whether the widget owns the page's address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Routing {
    /// Routes live in `location.hash` (the standalone app).
    Hash,
    /// Routes live in the widget only; the host page's address is the
    /// host's business.
    #[default]
    Internal,
}

/// The raw attribute values, as the host page wrote them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawOptions {
    /// `lang`.
    pub lang: Option<String>,
    /// `tool`.
    pub tool: Option<String>,
    /// `cta-href`.
    pub cta_href: Option<String>,
    /// `cta-label`.
    pub cta_label: Option<String>,
    /// `routing` ("hash" for the standalone page).
    pub routing: Option<String>,
    /// `state-key`: keeps several widgets' saved answers apart.
    pub state_key: Option<String>,
    /// The override document the loader fetched from `config`.
    pub config_text: Option<String>,
    /// Why the loader could not fetch it.
    pub config_error: Option<String>,
    /// What a widget of another module handed over ([`Handoff::encode`]).
    pub handoff: Option<String>,
}

/// What one widget module hands to the next when the visitor opens a tool
/// the running module does not contain (the release build ships one wasm
/// module per tool, see `ARCHITECTURE.md`): the page, the language and the
/// session exactly as the saver writes it, so nothing entered is lost even
/// where storage is blocked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Handoff {
    /// The page to open.
    pub route: Route,
    /// The language in use.
    pub lang: Lang,
    /// The quiz steps (`Session::steps`).
    pub steps: String,
    /// The encoded session (`Session::encode`).
    pub state: String,
    /// Whether the visitor navigated there, so the new widget's heading
    /// takes the focus (not when a page opened on another module's tool:
    /// that would pull the host page to the widget).
    pub focus: bool,
}

impl Handoff {
    /// One line: route, language, steps, state and focus (`1` or `0`),
    /// separated by spaces (none of them contains one).
    pub fn encode(&self) -> String {
        format!(
            "{} {} {} {} {}",
            self.route.to_hash(),
            self.lang.code(),
            self.steps,
            self.state,
            u8::from(self.focus)
        )
    }

    /// Reads [`Handoff::encode`]'s line. It comes through the host page's
    /// JavaScript, so anything else is `None`, never a panic; the steps
    /// and state are checked later by the session, like stored ones.
    pub fn decode(s: &str) -> Option<Handoff> {
        let mut parts = s.split(' ');
        let route = Route::from_hash(parts.next()?);
        let lang = Lang::from_code(parts.next()?)?;
        let steps = parts.next()?.to_string();
        let state = parts.next()?.to_string();
        let focus = match parts.next()? {
            "1" => true,
            "0" => false,
            _ => return None,
        };
        if parts.next().is_some() || route == Route::NotFound {
            return None;
        }
        Some(Handoff {
            route,
            lang,
            steps,
            state,
            focus,
        })
    }
}

/// Checked widget options.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedOptions {
    /// The language the host asked for, if it is one we speak.
    pub lang: Option<Lang>,
    /// The tools to show.
    pub tool: ToolChoice,
    /// The call to action, if a safe one was configured.
    pub cta: Option<Cta>,
    /// Why a configured call to action was refused.
    pub cta_error: Option<CtaError>,
    /// Where routes live.
    pub routing: Routing,
    /// localStorage key of the saved session.
    pub state_key: String,
    /// localStorage key of the saved quiz steps. Its own prefix, so no
    /// `state-key` value can make one widget's steps another's state.
    pub steps_key: String,
    /// The override document, if one was fetched.
    pub config_text: Option<String>,
    /// Why the override document could not be fetched.
    pub config_error: Option<String>,
    /// What the previous module handed over, if this widget replaces one.
    pub handoff: Option<Handoff>,
}

impl Default for EmbedOptions {
    /// The standalone app: all tools, hash routes, the default storage key.
    fn default() -> Self {
        EmbedOptions {
            lang: None,
            tool: ToolChoice::All,
            cta: None,
            cta_error: None,
            routing: Routing::Hash,
            state_key: STATE_KEY_PREFIX.to_string(),
            steps_key: STEPS_KEY_PREFIX.to_string(),
            config_text: None,
            config_error: None,
            handoff: None,
        }
    }
}

/// Prefix of the storage keys of saved sessions.
pub const STATE_KEY_PREFIX: &str = "kam-navigator.state";

/// Prefix of the storage keys of saved quiz steps.
pub const STEPS_KEY_PREFIX: &str = "kam-navigator.steps";

/// Longest override document accepted (the built-in one is about 10 KB).
pub const MAX_CONFIG_BYTES: usize = 256 * 1024;

impl EmbedOptions {
    /// Checks what the host wrote. Never fails: anything unusable falls
    /// back to its default, and a refused link is reported in `cta_error`.
    pub fn from_raw(raw: &RawOptions) -> EmbedOptions {
        let (cta, cta_error) = match raw.cta_href.as_deref().map(str::trim) {
            None | Some("") => (None, None),
            Some(href) => match Cta::new(href, raw.cta_label.as_deref()) {
                Ok(c) => (Some(c), None),
                Err(e) => (None, Some(e)),
            },
        };
        let routing = match raw.routing.as_deref().map(str::trim) {
            Some("hash") => Routing::Hash,
            _ => Routing::Internal,
        };
        let (state_key, steps_key) = match raw.state_key.as_deref().map(sanitize_key) {
            Some(k) if !k.is_empty() => (
                format!("{STATE_KEY_PREFIX}.{k}"),
                format!("{STEPS_KEY_PREFIX}.{k}"),
            ),
            _ => (STATE_KEY_PREFIX.to_string(), STEPS_KEY_PREFIX.to_string()),
        };
        let (config_text, config_error) = match (&raw.config_text, &raw.config_error) {
            (_, Some(e)) => (None, Some(e.chars().take(200).collect())),
            (Some(t), None) if t.len() > MAX_CONFIG_BYTES => {
                (None, Some(format!("larger than {MAX_CONFIG_BYTES} bytes")))
            }
            (Some(t), None) => (Some(t.clone()), None),
            (None, None) => (None, None),
        };
        EmbedOptions {
            lang: raw.lang.as_deref().and_then(Lang::from_code),
            tool: ToolChoice::parse(raw.tool.as_deref()),
            cta,
            cta_error,
            routing,
            state_key,
            steps_key,
            config_text,
            config_error,
            handoff: raw.handoff.as_deref().and_then(Handoff::decode),
        }
    }
}

/// Keeps letters, digits, `-` and `_`, at most 40 of them.
fn sanitize_key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .take(40)
        .collect()
}

/// What the widget tells its host page, as `CustomEvent`s on the element.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostEvent {
    /// A quiz moved to a question (`kam-navigator:step`).
    Step {
        /// The quiz.
        tool: Tool,
        /// Question id.
        question: &'static str,
        /// 1-based step.
        step: usize,
        /// Number of questions.
        total: usize,
    },
    /// A result is on screen or changed (`kam-navigator:result`).
    Result(ResultDetail),
}

/// The `detail` of a `kam-navigator:result` event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResultDetail {
    /// The employer verdict.
    Employer {
        /// Level id (`am_enough`, `plan_kam`, `kam_recommended`, `kam_urgent`).
        verdict: &'static str,
        /// Score.
        score: i64,
        /// Recommended KAMs (min, max).
        kam: (u32, u32),
        /// Recommended AMs (min, max).
        am: (u32, u32),
    },
    /// The candidate outcome.
    Candidate {
        /// Outcome id (`junior_am`, `am`, `senior_am`, `kam_ready`).
        outcome: &'static str,
        /// Salary band of the role in whole euros (min, typical, max).
        salary: (i64, i64, i64),
    },
    /// The calculator totals, in whole euros.
    Calculator {
        /// KAMs in the team.
        kam: u32,
        /// AMs in the team.
        am: u32,
        /// Team cost per year.
        yearly: i64,
        /// Team cost in the first year.
        first_year: i64,
    },
}

fn tool_id(tool: Tool) -> &'static str {
    match tool {
        Tool::Employer => "employer",
        Tool::Candidate => "candidate",
        Tool::Calculator => "calculator",
    }
}

impl HostEvent {
    /// The event's type.
    pub fn name(&self) -> &'static str {
        match self {
            HostEvent::Step { .. } => "kam-navigator:step",
            HostEvent::Result(_) => "kam-navigator:result",
        }
    }

    /// The event's `detail` as JSON. Only ids and numbers go in, so no
    /// escaping is needed.
    pub fn detail_json(&self) -> String {
        match self {
            HostEvent::Step {
                tool,
                question,
                step,
                total,
            } => format!(
                r#"{{"tool":"{}","question":"{question}","step":{step},"total":{total}}}"#,
                tool_id(*tool)
            ),
            HostEvent::Result(ResultDetail::Employer {
                verdict,
                score,
                kam,
                am,
            }) => format!(
                r#"{{"tool":"employer","verdict":"{verdict}","score":{score},"team":{{"kam":{{"min":{},"max":{}}},"am":{{"min":{},"max":{}}}}}}}"#,
                kam.0, kam.1, am.0, am.1
            ),
            HostEvent::Result(ResultDetail::Candidate { outcome, salary }) => format!(
                r#"{{"tool":"candidate","outcome":"{outcome}","salary":{{"min":{},"typical":{},"max":{}}}}}"#,
                salary.0, salary.1, salary.2
            ),
            HostEvent::Result(ResultDetail::Calculator {
                kam,
                am,
                yearly,
                first_year,
            }) => format!(
                r#"{{"tool":"calculator","team":{{"kam":{kam},"am":{am}}},"totals":{{"yearly":{yearly},"firstYear":{first_year}}}}}"#
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    // reason: tests fail loudly on purpose.
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    fn raw() -> RawOptions {
        RawOptions::default()
    }

    #[test]
    fn a_handoff_round_trips_and_garbage_is_none() {
        let h = Handoff {
            route: Route::Calculator,
            lang: Lang::En,
            steps: "3.0".into(),
            state: "1.e.a1b2.c.k5".into(),
            focus: true,
        };
        assert_eq!(h.encode(), "#/calculator en 3.0 1.e.a1b2.c.k5 1");
        assert_eq!(Handoff::decode(&h.encode()), Some(h.clone()));
        let home = Handoff {
            route: Route::Home,
            focus: false,
            ..h.clone()
        };
        assert!(home.encode().ends_with(" 0"));
        assert_eq!(Handoff::decode(&home.encode()), Some(home));
        for bad in [
            "",
            "#/calculator",
            "#/calculator en 3.0",
            "#/calculator en 3.0 1.e",
            "#/calculator fr 3.0 1.e 1",
            "#/nowhere en 3.0 1.e 1",
            "#/calculator en 3.0 1.e 2",
            "#/calculator en 3.0 1.e 1 extra",
        ] {
            assert_eq!(Handoff::decode(bad), None, "{bad:?}");
        }
        let o = EmbedOptions::from_raw(&RawOptions {
            handoff: Some(h.encode()),
            ..raw()
        });
        assert_eq!(o.handoff, Some(h));
        assert_eq!(EmbedOptions::from_raw(&raw()).handoff, None);
    }

    #[test]
    fn defaults_for_a_bare_element() {
        let o = EmbedOptions::from_raw(&raw());
        assert_eq!(o.tool, ToolChoice::All);
        assert_eq!(o.routing, Routing::Internal);
        assert_eq!(o.lang, None);
        assert_eq!(o.state_key, "kam-navigator.state");
        assert_eq!(o.cta, None);
    }

    #[test]
    fn attributes_are_read_and_checked() {
        let o = EmbedOptions::from_raw(&RawOptions {
            lang: Some("en-GB".into()),
            tool: Some(" Calculator ".into()),
            cta_href: Some("mailto:team@recruiter.example".into()),
            cta_label: Some("Talk to us".into()),
            routing: Some("hash".into()),
            state_key: Some("left widget <script>".into()),
            ..raw()
        });
        assert_eq!(o.lang, Some(Lang::En));
        assert_eq!(o.tool, ToolChoice::One(Tool::Calculator));
        assert_eq!(o.tool.start_route(), Route::Calculator);
        assert_eq!(o.routing, Routing::Hash);
        assert_eq!(o.state_key, "kam-navigator.state.leftwidgetscript");
        assert_eq!(o.steps_key, "kam-navigator.steps.leftwidgetscript");
        assert_eq!(o.cta.unwrap().label(), Some("Talk to us"));
    }

    #[test]
    fn no_state_key_makes_one_widgets_steps_anothers_state() {
        let default = EmbedOptions::from_raw(&raw());
        for key in ["steps", "state", "", "steps.x"] {
            let o = EmbedOptions::from_raw(&RawOptions {
                state_key: Some(key.into()),
                ..raw()
            });
            let keys = [
                &o.state_key,
                &o.steps_key,
                &default.state_key,
                &default.steps_key,
            ];
            // Each widget's own two keys differ, and neither is the other
            // kind of key of the default widget.
            assert_ne!(o.state_key, o.steps_key, "{key}");
            assert_ne!(o.state_key, default.steps_key, "{key}");
            assert_ne!(o.steps_key, default.state_key, "{key}");
            assert!(keys.iter().all(|k| k.starts_with("kam-navigator.")));
        }
    }

    #[test]
    fn unsafe_links_and_unknown_values_fall_back() {
        let o = EmbedOptions::from_raw(&RawOptions {
            lang: Some("fr".into()),
            tool: Some("everything".into()),
            cta_href: Some("javascript:alert(1)".into()),
            ..raw()
        });
        assert_eq!(o.lang, None);
        assert_eq!(o.tool, ToolChoice::All);
        assert_eq!(o.cta, None);
        assert_eq!(o.cta_error, Some(CtaError::SchemeNotAllowed));
    }

    #[test]
    fn config_fetch_errors_and_oversized_documents_are_reported() {
        let o = EmbedOptions::from_raw(&RawOptions {
            config_error: Some("HTTP 404".into()),
            ..raw()
        });
        assert_eq!(o.config_error.as_deref(), Some("HTTP 404"));
        let o = EmbedOptions::from_raw(&RawOptions {
            config_text: Some("x".repeat(MAX_CONFIG_BYTES + 1)),
            ..raw()
        });
        assert!(o.config_text.is_none() && o.config_error.is_some());
    }

    #[test]
    fn event_details_are_json() {
        let e = HostEvent::Result(ResultDetail::Employer {
            verdict: "kam_recommended",
            score: 40,
            kam: (1, 1),
            am: (1, 3),
        });
        assert_eq!(e.name(), "kam-navigator:result");
        let v: serde_json::Value = serde_json::from_str(&e.detail_json()).unwrap();
        assert_eq!(v["team"]["am"]["max"], 3);
        let c = HostEvent::Result(ResultDetail::Calculator {
            kam: 1,
            am: 2,
            yearly: 296_925,
            first_year: 455_344,
        });
        let v: serde_json::Value = serde_json::from_str(&c.detail_json()).unwrap();
        assert_eq!(v["totals"]["firstYear"], 455_344);
        let s = HostEvent::Step {
            tool: Tool::Candidate,
            question: "years_in_sales",
            step: 1,
            total: 10,
        };
        let v: serde_json::Value = serde_json::from_str(&s.detail_json()).unwrap();
        assert_eq!(v["tool"], "candidate");
        assert_eq!(v["total"], 10);
    }
}

//! The `App` component: header with language switch, tool navigation and
//! the page for the current hash route.

use std::rc::Rc;

use gloo::events::EventListener;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::cta::Cta;
use crate::domain::codec::Tool;
use crate::domain::data::Config;
use crate::i18n::{fill, Lang, Messages};
use crate::route::Route;
use crate::session::{state_param, LoadNotice, Session};
use crate::shell::{ShellAction, ShellState};
use crate::ui::calculator::CalculatorPage;
use crate::ui::candidate::CandidatePage;
use crate::ui::employer::EmployerPage;
use crate::ui::store::{SessionStore, ToolProps};
use crate::ui::widgets::tr;
use crate::ui::{current_hash, storage};

/// The reducer wrapper around the pure [`ShellState::apply`].
#[derive(PartialEq)]
struct ShellStore(ShellState);

impl Reducible for ShellStore {
    type Action = ShellAction;

    fn reduce(self: Rc<Self>, action: ShellAction) -> Rc<Self> {
        Rc::new(ShellStore(self.0.apply(action)))
    }
}

/// Reads the call to action a page configured with
/// `<meta name="kam-navigator:cta-href" content="...">` (and `-label`).
/// A refused link is reported on the console and left out.
fn configured_cta() -> Option<Rc<Cta>> {
    let doc = web_sys::window()?.document()?;
    let meta = |name: &str| {
        doc.query_selector(&format!("meta[name='kam-navigator:{name}']"))
            .ok()
            .flatten()
            .and_then(|m| m.get_attribute("content"))
    };
    let href = meta("cta-href")?;
    match Cta::new(&href, meta("cta-label").as_deref()) {
        Ok(cta) => Some(Rc::new(cta)),
        Err(e) => {
            gloo::console::warn!(format!(
                "kam-navigator: call-to-action link refused ({e:?})"
            ));
            None
        }
    }
}

fn tool_route(tool: Tool) -> Route {
    match tool {
        Tool::Employer => Route::Employer,
        Tool::Candidate => Route::Candidate,
        Tool::Calculator => Route::Calculator,
    }
}

/// The whole application.
#[component]
pub fn App() -> Html {
    let shell = use_reducer_eq(|| {
        ShellStore(ShellState::initial(
            storage::get(storage::LANG_KEY).as_deref(),
            &current_hash(),
        ))
    });
    let ShellState { lang, route } = shell.0;
    let heading = use_node_ref();

    // The visitor's answers: a share link in the hash wins over storage;
    // anything unreadable starts fresh with a notice, never a crash.
    let start = use_memo((), |_| {
        let hash = current_hash();
        let (session, tool, notice) = Session::restore(
            state_param(&hash),
            storage::get(storage::STATE_KEY).as_deref(),
        );
        if state_param(&hash).is_some() {
            // Drop the state from the address, so a reload shows what the
            // visitor changed since, not the link as first opened.
            let route = tool.map_or(Route::from_hash(&hash), tool_route);
            if let Some(w) = web_sys::window() {
                let _ = w.location().replace(route.to_hash());
            }
        }
        (session, notice)
    });
    let session = use_reducer_eq(|| SessionStore(start.0.clone()));
    let notice = use_state(|| start.1.clone());
    let cta = use_memo((), |_| configured_cta());
    use_effect_with(session.0.clone(), move |s| {
        storage::set(storage::STATE_KEY, &s.encode(Tool::Employer));
    });

    // Follow the hash: link clicks, back/forward and typed URLs all land here.
    {
        let dispatcher = shell.dispatcher();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "hashchange", move |_| {
                    dispatcher.dispatch(ShellAction::Navigate(Route::from_hash(&current_hash())));
                })
            });
            move || drop(listener)
        });
    }

    // Remember the language and tell assistive tech and `Intl` about it.
    use_effect_with(lang, |lang| {
        storage::set(storage::LANG_KEY, lang.code());
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            // A failed attribute write only loses the hint, never the app.
            let _ = root.set_attribute("lang", lang.code());
        }
    });

    // After navigation, move focus to the new page's heading so keyboard and
    // screen-reader users start where the content starts. Not on first load:
    // that would steal focus from the host page.
    {
        let heading = heading.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(route, move |_| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            if let Some(h) = heading.cast::<HtmlElement>() {
                let _ = h.focus();
            }
        });
    }

    let t = lang.messages();
    let on_lang = {
        let dispatcher = shell.dispatcher();
        Callback::from(move |l: Lang| dispatcher.dispatch(ShellAction::SetLang(l)))
    };

    html! {
        <div class="kn-app" data-testid="app">
            <a class="kn-skip" href="#kn-main">{ t.skip_to_content }</a>
            <header class="kn-header">
                <div class="kn-brand">
                    <a class="kn-name" href={Route::Home.to_hash()} data-testid="brand">{ t.app_name }</a>
                    <p class="kn-tagline">{ t.tagline }</p>
                </div>
                <LangSwitch lang={lang} onchange={on_lang} />
            </header>
            <nav class="kn-nav" aria-label={t.nav_label}>
                <ul>
                    { for [Route::Home, Route::Employer, Route::Candidate, Route::Calculator]
                        .into_iter()
                        .map(|r| nav_link(t, r, route)) }
                </ul>
            </nav>
            <main id="kn-main" class="kn-main" data-testid="page" data-route={route.to_hash()}>
                if let Some(n) = (*notice).clone() {
                    <div class="kn-notice" role="status" data-testid="notice">
                        <p>{ match n {
                            LoadNotice::BadLink(_) => t.notice_bad_link,
                            LoadNotice::BadStorage(_) => t.notice_bad_storage,
                        } }</p>
                        <button type="button" class="kn-link" onclick={let notice = notice.clone(); move |_| notice.set(None)}>{ "×" }<span class="kn-sr">{ "OK" }</span></button>
                    </div>
                }
                { match Config::builtin_cached() {
                    Ok(cfg) => page(t, route, heading, ToolProps {
                        lang, cfg, session: session.clone(), cta: (*cta).clone(),
                    }),
                    Err(e) => html! {
                        <div class="kn-notice" role="alert">
                            <p>{ fill(&tr(lang, e.text_key()), &[("field", &e.field)]) }</p>
                        </div>
                    },
                } }
            </main>
            <footer class="kn-footer"><p>{ t.privacy_note }</p></footer>
        </div>
    }
}

fn nav_label(t: &Messages, r: Route) -> &'static str {
    match r {
        Route::Home | Route::NotFound => t.nav_home,
        Route::Employer => t.nav_employer,
        Route::Candidate => t.nav_candidate,
        Route::Calculator => t.nav_calculator,
    }
}

fn nav_link(t: &Messages, r: Route, current: Route) -> Html {
    let here = r == current;
    html! {
        <li>
            <a href={r.to_hash()}
               class={classes!("kn-nav-link", here.then_some("is-current"))}
               aria-current={here.then_some("page")}
               data-testid={format!("nav-{}", r.to_hash().trim_start_matches("#/"))}>
                { nav_label(t, r) }
            </a>
        </li>
    }
}

fn tool_texts(t: &Messages, r: Route) -> (&'static str, &'static str) {
    match r {
        Route::Employer => (t.employer_title, t.employer_desc),
        Route::Candidate => (t.candidate_title, t.candidate_desc),
        Route::Calculator => (t.calculator_title, t.calculator_desc),
        Route::Home | Route::NotFound => (t.home_title, t.home_intro),
    }
}

fn page(t: &Messages, route: Route, heading: NodeRef, tool: ToolProps) -> Html {
    match route {
        Route::Home => html! {
            <>
                <h1 ref={heading} tabindex="-1">{ t.home_title }</h1>
                <p class="kn-lead">{ t.home_intro }</p>
                <ul class="kn-cards">
                    { for Route::TOOLS.into_iter().map(|r| {
                        let (title, desc) = tool_texts(t, r);
                        html! {
                            <li class="kn-card">
                                <h2>{ title }</h2>
                                <p>{ desc }</p>
                                <a class="kn-button" href={r.to_hash()}>
                                    { t.open_tool }<span class="kn-sr">{ ": " }{ title }</span>
                                </a>
                            </li>
                        }
                    }) }
                </ul>
            </>
        },
        Route::Employer | Route::Candidate | Route::Calculator => {
            let (title, desc) = tool_texts(t, route);
            let body = match route {
                Route::Employer => html! { <EmployerPage ..tool /> },
                Route::Candidate => html! { <CandidatePage ..tool /> },
                _ => html! { <CalculatorPage ..tool /> },
            };
            html! {
                <>
                    <h1 ref={heading} tabindex="-1">{ title }</h1>
                    <p class="kn-lead">{ desc }</p>
                    { body }
                </>
            }
        }
        Route::NotFound => html! {
            <>
                <h1 ref={heading} tabindex="-1">{ t.not_found_title }</h1>
                <p>{ t.not_found_text }</p>
            </>
        },
    }
}

/// Props of [`LangSwitch`].
#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    /// The language in use.
    pub lang: Lang,
    /// Called with the language the visitor picked.
    pub onchange: Callback<Lang>,
}

/// Two toggle buttons, DE and EN; the pressed one is the current language.
#[component]
pub fn LangSwitch(props: &LangSwitchProps) -> Html {
    let t = props.lang.messages();
    html! {
        <div class="kn-lang" role="group" aria-label={t.lang_switch_label}>
            { for Lang::ALL.into_iter().map(|l| {
                let onclick = props.onchange.reform(move |_: MouseEvent| l);
                html! {
                    <button type="button"
                        lang={l.code()}
                        title={l.messages().lang_name}
                        aria-pressed={if l == props.lang { "true" } else { "false" }}
                        data-testid={format!("lang-{}", l.code())}
                        {onclick}>
                        { l.code().to_uppercase() }
                    </button>
                }
            }) }
        </div>
    }
}

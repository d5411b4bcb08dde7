//! The `App` component: header with language switch, tool navigation and
//! the page for the current route, for the standalone page and for every
//! embedded widget alike ([`AppProps`] says which).

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::cta::Cta;
use crate::domain::codec::Tool;
use crate::domain::data::Config;
use crate::embed::{route_tool, tool_route, EmbedOptions, Handoff, HostEvent, Routing, ToolChoice};
use crate::i18n::{fill, Lang, Messages};
use crate::route::Route;
use crate::session::{state_param, LoadNotice, Session};
use crate::shell::{ShellAction, ShellState};
#[cfg(feature = "calculator")]
use crate::ui::calculator::CalculatorPage;
#[cfg(feature = "candidate")]
use crate::ui::candidate::CandidatePage;
#[cfg(feature = "employer")]
use crate::ui::employer::EmployerPage;
use crate::ui::saver::Saver;
use crate::ui::store::{Data, SessionStore, ToolProps};
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

/// How this instance runs. The default is the standalone page.
#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The checked options (element attributes, or the defaults).
    #[prop_or_default]
    pub options: Rc<EmbedOptions>,
    /// The `<kam-navigator>` element, to send events on; `None` standalone.
    #[prop_or_default]
    pub host: Option<HtmlElement>,
    /// The loader's `swap(index, handoff)`: replaces this widget by one of
    /// the module at `index` ([`module_index`]), or with an empty handoff
    /// calls a pending swap off.
    #[prop_or_default]
    pub swap: Option<js_sys::Function>,
}

/// Whether this build contains the page of `route`. The release build is
/// one wasm module per tool (cargo features `employer`, `candidate`,
/// `calculator`; every other build has all three), so a visitor downloads
/// only the code of the tool they open; the overview is in every module.
pub const fn in_module(route: Route) -> bool {
    match route {
        Route::Employer => cfg!(feature = "employer"),
        Route::Candidate => cfg!(feature = "candidate"),
        Route::Calculator => cfg!(feature = "calculator"),
        Route::Home | Route::NotFound => true,
    }
}

/// Whether this build shows `route`, with an override document or not:
/// only the module with the JSON reader (feature `json-data`, all tools)
/// reads one.
pub const fn runs_here(route: Route, override_doc: bool) -> bool {
    in_module(route) && (!override_doc || cfg!(feature = "json-data"))
}

/// This build's index in the loader's module list ([`module_index`]).
pub const OWN_MODULE: u32 = if cfg!(feature = "json-data") {
    3
} else if cfg!(feature = "employer") {
    0
} else if cfg!(feature = "candidate") {
    1
} else {
    2
};

/// The loader's index of the module that shows `route`: the order of the
/// module list in `web/kam-navigator.js` (employer with the overview,
/// candidate, calculator, and all tools with the JSON reader).
pub const fn module_index(route: Route, override_doc: bool) -> u32 {
    match (override_doc, route) {
        (true, _) => 3,
        (false, Route::Candidate) => 1,
        (false, Route::Calculator) => 2,
        (false, Route::Home | Route::Employer | Route::NotFound) => 0,
    }
}

/// The data in force: the built-in file, or an override merged over it.
/// Override results are kept per document text, so re-renders and several
/// widgets with the same file share one parsed config.
fn config_for(text: Option<&str>) -> (Option<&'static Config>, Option<String>) {
    thread_local! {
        static CACHE: std::cell::RefCell<Vec<(String, Result<&'static Config, String>)>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }
    let builtin = Config::builtin_cached().ok();
    // A module without the JSON reader hands an override document on to
    // the module that reads it (`Pages`); until then it shows the built-in.
    let Some(text) = text.filter(|_| cfg!(feature = "json-data")) else {
        return (builtin, None);
    };
    let hit = CACHE.with(|c| {
        c.borrow()
            .iter()
            .find(|(t, _)| t == text)
            .map(|(_, r)| r.clone())
    });
    let result = hit.unwrap_or_else(|| {
        let r = Config::with_override(text)
            // One config per distinct override document, for the page's life.
            .map(|c| &*Box::leak(Box::new(c)))
            .map_err(|e| format!("{}\u{1f}{}", e.text_key(), e.field));
        CACHE.with(|c| c.borrow_mut().push((text.to_string(), r.clone())));
        r
    });
    match result {
        Ok(cfg) => (Some(cfg), None),
        Err(e) => (builtin, Some(e)),
    }
}

/// What the visitor had entered when the page loaded: a share link's state
/// or the stored one.
#[derive(PartialEq, Eq)]
struct Start {
    session: Session,
    /// The tool a share link asked for.
    tool: Option<Tool>,
    /// Why a link or the stored state was not used.
    notice: Option<LoadNotice>,
    /// Whether the address carried a share link.
    linked: bool,
}

/// The whole application.
#[component]
pub fn App(props: &AppProps) -> Html {
    let options = props.options.clone();
    let hash_routing = options.routing == Routing::Hash;
    let shell = use_reducer_eq(|| {
        let (hash, stored_lang) = (current_hash(), storage::get(storage::LANG_KEY));
        // A link's language holds in this tab (over a reload) but does not
        // become the visitor's choice for their other visits.
        if let Some(l) = crate::shell::link_lang(&hash) {
            storage::set_tab(storage::LANG_KEY, l.code());
        }
        let tab_lang = storage::get_tab(storage::LANG_KEY);
        let mut s = ShellState::initial(tab_lang.as_deref(), stored_lang.as_deref(), &hash);
        if let Some(l) = options.lang {
            s.lang = l;
        }
        if !hash_routing {
            s.route = options.tool.start_route();
        }
        // A widget of another module handed over: carry on where it was.
        if let Some(h) = &options.handoff {
            s.lang = h.lang;
            if !hash_routing {
                s.route = h.route;
            }
        }
        ShellStore(s)
    });
    let ShellState { lang, route } = shell.0;
    let heading = use_node_ref();
    let main_ref = use_node_ref();
    let steps_key = options.steps_key.clone();

    // The visitor's answers: a share link wins over storage; anything
    // unreadable starts fresh with a notice, never a crash.
    let start = {
        let (state_key, steps_key) = (options.state_key.clone(), steps_key.clone());
        let handoff = options.handoff.clone();
        use_memo((), move |_| {
            let hash = current_hash();
            let link = state_param(&hash).map(str::to_string);
            // A handed-over session is the one the visitor had a moment
            // ago, also where storage is blocked.
            let (stored, stored_steps) = match handoff {
                Some(h) => (Some(h.state), Some(h.steps)),
                None => (storage::get(&state_key), storage::get(&steps_key)),
            };
            let (session, tool, notice) = Session::restore(link.as_deref(), stored.as_deref());
            // Stored steps belong to the stored answers: not to a link's,
            // which keeps the other quiz where the visitor left it.
            let session = session.with_steps(stored_steps.as_deref(), tool);
            Start {
                session,
                tool,
                notice,
                linked: link.is_some(),
            }
        })
    };
    let notice = use_state(|| start.notice.clone());
    {
        // A share link opens its tool; the state then leaves the address,
        // so a reload shows what the visitor changed since.
        let (dispatcher, start) = (shell.dispatcher(), start.clone());
        use_effect_with((), move |_| {
            if let Some(tool) = start.tool {
                dispatcher.dispatch(ShellAction::Navigate(tool_route(tool)));
            }
            if start.linked {
                if let Some(w) = web_sys::window() {
                    let target = if hash_routing {
                        // A broken link keeps the page it pointed at.
                        let linked = Route::from_hash(&current_hash());
                        start.tool.map_or(linked, tool_route).to_hash().to_string()
                    } else {
                        String::from("#")
                    };
                    let _ = w.location().replace(&target);
                }
            }
        });
    }
    // Follow the hash (standalone only): link clicks, back/forward and typed
    // URLs all land here.
    {
        let dispatcher = shell.dispatcher();
        use_effect_with(hash_routing, move |hash_routing| {
            let listener = hash_routing.then(web_sys::window).flatten().map(|w| {
                EventListener::new(&w, "hashchange", move |_| {
                    let hash = current_hash();
                    // A share link pasted into this tab: only the fragment
                    // changed, so the browser did not load the page. Load
                    // it, so the link opens as it would in a new tab (the
                    // saver writes the current inputs on `pagehide`).
                    if state_param(&hash).is_some() {
                        if let Some(w) = web_sys::window() {
                            let _ = w.location().reload();
                        }
                    } else if hash.starts_with("#/") || hash.is_empty() {
                        // Only #/... and the empty hash are routes; leave other fragments alone.
                        dispatcher.dispatch(ShellAction::Navigate(Route::from_hash(&hash)));
                    }
                })
            });
            move || drop(listener)
        });
    }

    // An attribute changed at run time takes effect. A handed-over widget's
    // first run is not a change: the visitor's language and page, which the
    // handoff carries, stay (else "open the calculator" in a `tool` widget
    // would bounce back to the tool).
    {
        let dispatcher = shell.dispatcher();
        let skip = use_mut_ref(|| options.handoff.is_some());
        use_effect_with((options.lang, options.tool), move |(lang, tool)| {
            if std::mem::replace(&mut *skip.borrow_mut(), false) {
                return;
            }
            if let Some(l) = lang {
                dispatcher.dispatch(ShellAction::SetLang(*l));
            }
            if let ToolChoice::One(t) = tool {
                dispatcher.dispatch(ShellAction::Navigate(tool_route(*t)));
            }
        });
    }

    // The standalone page tells the document its language and gives the
    // browser tab a title in it; a widget on a host page leaves both alone.
    use_effect_with(lang, move |lang| {
        crate::ui::widget::note_lang(*lang);
        if hash_routing {
            if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
                doc.set_title(lang.messages().page_title);
                if let Some(root) = doc.document_element() {
                    // A failed attribute write only loses the hint, never the app.
                    let _ = root.set_attribute("lang", lang.code());
                }
            }
        }
    });

    // After navigation, move focus to the new page's heading so keyboard and
    // screen-reader users start where the content starts. Not on first load:
    // that would steal focus from the host page; but a widget handed over
    // on the visitor's navigation is the end of it.
    {
        let heading = heading.clone();
        let first = use_mut_ref(|| !options.handoff.as_ref().is_some_and(|h| h.focus));
        use_effect_with(route, move |_| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            if let Some(h) = heading.cast::<HtmlElement>() {
                let _ = h.focus();
            }
        });
    }

    // A refused call-to-action link is the host's mistake: say so on the
    // console, show no button.
    use_effect_with(options.cta_error, |e| {
        if let Some(e) = e {
            web_sys::console::warn_1(&JsValue::from_str(&format!(
                "kam-navigator: call-to-action link refused ({e:?}); only https, http, mailto and tel links are allowed"
            )));
        }
    });

    let t = lang.messages();
    // Only the visitor's own choice is remembered: a widget whose `lang`
    // attribute says English must not switch the visitor's other widgets.
    // The callbacks stay the same from one render to the next, so the
    // parts that receive them re-render only when what they show changes.
    let on_lang = use_callback(shell.dispatcher(), |l: Lang, dispatcher| {
        storage::set(storage::LANG_KEY, l.code());
        storage::set_tab(storage::LANG_KEY, l.code());
        dispatcher.dispatch(ShellAction::SetLang(l));
    });
    let onnavigate = use_callback(
        (shell.dispatcher(), hash_routing),
        |r: Route, (dispatcher, hash_routing)| {
            if *hash_routing {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().set_hash(r.to_hash());
                }
            } else {
                dispatcher.dispatch(ShellAction::Navigate(r));
            }
        },
    );
    let onevent = use_callback(props.host.clone(), |e: HostEvent, host| {
        if let Some(host) = host {
            dispatch_host_event(host, &e);
        }
    });
    let skip = {
        let main_ref = main_ref.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(m) = main_ref.cast::<HtmlElement>() {
                let _ = m.focus();
            }
        })
    };
    let share_base = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default();
    let (cfg, config_error) = config_for(options.config_text.as_deref());
    let config_problem = config_error.or_else(|| {
        options
            .config_error
            .as_ref()
            .map(|e| format!("error.data.fetch\u{1f}{e}"))
    });
    let show_nav = options.tool == ToolChoice::All;
    let cta = options.cta.clone().map(Rc::new);

    html! {
        <div class="kn-app" data-testid="app" lang={lang.code()}>
            // A button, not an in-page link: `#kn-main` lives in the shadow
            // root, where no fragment reaches (and axe reports the link).
            <button type="button" class="kn-skip" onclick={skip}>{ t.skip_to_content }</button>
            <header class="kn-header">
                <div class="kn-brand">
                    if show_nav {
                        <a class="kn-name" href={Route::Home.to_hash()} data-testid="brand"
                            onclick={nav_click(&onnavigate, Route::Home, hash_routing)}>{ t.app_name }</a>
                    } else {
                        <span class="kn-name" data-testid="brand">{ t.app_name }</span>
                    }
                    <p class="kn-tagline">{ t.tagline }</p>
                </div>
                { lang_switch(lang, &on_lang) }
            </header>
            if show_nav {
                <nav class="kn-nav" aria-label={t.nav_label}>
                    <ul>
                        { for [Route::Home, Route::Employer, Route::Candidate, Route::Calculator]
                            .into_iter()
                            .map(|r| nav_link(t, r, route, &onnavigate, hash_routing)) }
                    </ul>
                </nav>
            } else if let ToolChoice::One(tool) = options.tool {
                if route != tool_route(tool) {
                    <p class="kn-back">
                        <a href="#" onclick={nav_click(&onnavigate, tool_route(tool), false)}>
                            { "← " }{ nav_label(t, tool_route(tool)) }
                        </a>
                    </p>
                }
            }
            <main id="kn-main" class="kn-main" data-testid="page" data-route={route.to_hash()}
                ref={main_ref.clone()} tabindex="-1">
                if let Some(problem) = config_problem {
                    { config_notice(lang, &problem) }
                }
                if let Some(n) = (*notice).clone() {
                    <div class="kn-notice" role="status" data-testid="notice">
                        <p>{ match n {
                            LoadNotice::BadLink(_) => t.notice_bad_link,
                            LoadNotice::BadStorage(_) => t.notice_bad_storage,
                        } }</p>
                        // The focus goes to the page, not with the button
                        // to <body>; "×" is not read out as "multiplication".
                        <button type="button" class="kn-link" onclick={
                            let (notice, main_ref) = (notice.clone(), main_ref.clone());
                            move |_| {
                                notice.set(None);
                                if let Some(m) = main_ref.cast::<HtmlElement>() {
                                    let _ = m.focus();
                                }
                            }
                        }>
                            <span aria-hidden="true">{ "×" }</span><span class="kn-sr">{ t.dismiss }</span>
                        </button>
                    </div>
                }
                { match cfg {
                    Some(cfg) => html! {
                        <Pages {route} {lang} data={Data(cfg)} start={start.clone()} {heading} {hash_routing}
                            state_key={AttrValue::from(options.state_key.clone())} {steps_key}
                            {cta} onnavigate={onnavigate.clone()} {onevent} share_base={AttrValue::from(share_base)}
                            swap={props.swap.clone()} override_doc={options.config_text.is_some()} />
                    },
                    None => html! {
                        <div class="kn-notice" role="alert"><p>{ t.data_broken }</p></div>
                    },
                } }
            </main>
            <footer class="kn-footer"><p>{ t.privacy_note }</p></footer>
        </div>
    }
}

/// The message for an override document the widget could not use, naming
/// the field; the widget carries on with its built-in data.
fn config_notice(lang: Lang, problem: &str) -> Html {
    let t = lang.messages();
    let (key, field) = problem.split_once('\u{1f}').unwrap_or((problem, ""));
    let detail = if key == "error.data.fetch" {
        fill(t.config_fetch_failed, &[("field", field)])
    } else {
        fill(&tr(lang, key), &[("field", field)])
    };
    html! {
        <div class="kn-notice" role="alert" data-testid="config-error">
            <p><strong>{ t.config_invalid }</strong>{ " " }{ detail }</p>
        </div>
    }
}

/// Sends a widget event to the host page as a bubbling, composed
/// `CustomEvent` with a JSON-built `detail`.
fn dispatch_host_event(host: &HtmlElement, event: &HostEvent) {
    let detail = js_sys::JSON::parse(&event.detail_json()).unwrap_or(JsValue::NULL);
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(e) = web_sys::CustomEvent::new_with_event_init_dict(event.name(), &init) {
        let _ = host.dispatch_event(&e);
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

/// A link's click: with hash routing the browser follows the `href`; inside
/// a host page the widget navigates itself and leaves the address alone.
fn nav_click(onnavigate: &Callback<Route>, r: Route, hash_routing: bool) -> Callback<MouseEvent> {
    let onnavigate = onnavigate.clone();
    Callback::from(move |e: MouseEvent| {
        if !hash_routing {
            e.prevent_default();
            onnavigate.emit(r);
        }
    })
}

fn nav_link(
    t: &Messages,
    r: Route,
    current: Route,
    onnavigate: &Callback<Route>,
    hash_routing: bool,
) -> Html {
    let here = r == current;
    html! {
        <li>
            <a href={r.to_hash()}
               class="kn-nav-link"
               aria-current={here.then_some("page")}
               data-testid={format!("nav-{}", r.to_hash().strip_prefix("#/").unwrap_or_default())}
               onclick={nav_click(onnavigate, r, hash_routing)}>
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

/// Props of [`Pages`].
#[derive(Properties, PartialEq)]
struct PagesProps {
    route: Route,
    lang: Lang,
    data: Data,
    /// What the visitor had entered when the page loaded.
    start: Rc<Start>,
    heading: NodeRef,
    hash_routing: bool,
    /// Storage keys of the answers and of the quiz steps.
    state_key: AttrValue,
    steps_key: AttrValue,
    cta: Option<Rc<Cta>>,
    onnavigate: Callback<Route>,
    onevent: Callback<HostEvent>,
    share_base: AttrValue,
    swap: Option<js_sys::Function>,
    /// Whether the host gave an override document.
    override_doc: bool,
}

/// The page for the route, and the visitor's session. The session lives
/// here rather than in [`App`] so that an answer or a calculator input
/// re-renders the page and not the header, the navigation and the rest.
#[component]
fn Pages(props: &PagesProps) -> Html {
    let session = use_reducer_eq(|| SessionStore(props.start.session.clone()));
    let saver = use_memo(
        (props.state_key.clone(), props.steps_key.clone()),
        |(state, steps)| Saver::new(state.clone(), steps.clone()),
    );
    use_effect_with(saver.clone(), |saver| {
        let listeners = saver.flush_on_leave();
        let saver = saver.clone();
        move || {
            drop(listeners);
            // The widget is removed (or its storage key changed): nothing
            // typed is lost.
            saver.flush();
        }
    });
    {
        let saver = saver.clone();
        use_effect_with(session.clone(), move |s| saver.changed(&s.0));
    }
    // A tool of another module, or an override document this module cannot
    // read: hand the session over to the loader, which mounts that module's
    // widget in this one's place. While it loads, a new language or input
    // hands over again (the latest wins), and a return to this module's own
    // pages calls the swap off, so the other module never takes over with
    // an old session.
    {
        let swap = props.swap.clone();
        // `Some(focus)` while a swap is asked for.
        let pending = use_mut_ref(|| None::<bool>);
        let first = use_mut_ref(|| true);
        use_effect_with(
            (props.route, props.override_doc, props.lang, session.clone()),
            move |(route, doc, lang, session)| {
                let initial = std::mem::replace(&mut *first.borrow_mut(), false);
                let Some(swap) = swap else {
                    return;
                };
                let mut pending = pending.borrow_mut();
                let (index, line) = if !runs_here(*route, *doc) {
                    let focus = *pending.get_or_insert(!initial);
                    let handoff = Handoff {
                        route: *route,
                        lang: *lang,
                        steps: session.0.steps(),
                        state: session.0.encode(route_tool(Route::Home)),
                        focus,
                    };
                    (module_index(*route, *doc), handoff.encode())
                } else if pending.take().is_some() {
                    (OWN_MODULE, String::new())
                } else {
                    return;
                };
                let _ = swap.call2(
                    &JsValue::NULL,
                    &JsValue::from(index),
                    &JsValue::from_str(&line),
                );
            },
        );
    }
    let t = props.lang.messages();
    page(
        t,
        props.route,
        props.heading.clone(),
        props.hash_routing,
        ToolProps {
            lang: props.lang,
            cfg: props.data,
            session,
            cta: props.cta.clone(),
            onnavigate: props.onnavigate.clone(),
            onevent: props.onevent.clone(),
            share_base: props.share_base.clone(),
        },
    )
}

fn page(t: &Messages, route: Route, heading: NodeRef, hash_routing: bool, tool: ToolProps) -> Html {
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
                                <a class="kn-button" href={r.to_hash()}
                                    onclick={nav_click(&tool.onnavigate, r, hash_routing)}>
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
                #[cfg(feature = "employer")]
                Route::Employer => html! { <EmployerPage ..tool /> },
                #[cfg(feature = "candidate")]
                Route::Candidate => html! { <CandidatePage ..tool /> },
                #[cfg(feature = "calculator")]
                Route::Calculator => html! { <CalculatorPage ..tool /> },
                // Another module's tool: `Pages` asked the loader for it.
                _ => html! {
                    <p class="kn-loading" role="status" data-testid="tool-loading">{ t.tool_loading }</p>
                },
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

/// Two toggle buttons, DE and EN; the pressed one is the current language.
/// A function, not a component: it has no state, renders only with the
/// shell, and a component of its own would cost about 0.5 KB gzip of wasm.
fn lang_switch(lang: Lang, onchange: &Callback<Lang>) -> Html {
    let t = lang.messages();
    html! {
        <div class="kn-lang" role="group" aria-label={t.lang_switch_label}>
            { for Lang::ALL.into_iter().map(|l| {
                let onclick = onchange.reform(move |_: MouseEvent| l);
                // Fixed strings: nothing to format or upper-case per render
                // (`to_uppercase` would even ship Unicode case tables).
                let (testid, label) = match l {
                    Lang::De => ("lang-de", "DE"),
                    Lang::En => ("lang-en", "EN"),
                };
                html! {
                    <button type="button"
                        lang={l.code()}
                        title={l.messages().lang_name}
                        aria-pressed={if l == lang { "true" } else { "false" }}
                        data-testid={testid}
                        {onclick}>
                        { label }
                    </button>
                }
            }) }
        </div>
    }
}

//! Kiosk mode: staff start it from a survey round ([`KioskStart`]); while it runs, the app shows
//! only [`KioskScreen`] — one statement per screen for residents, and a staff view behind the PIN.
//! The session, idle timer and PIN checks are `domain::kiosk`; this wires them to the screen.

use crate::browser;
use crate::components::alert::{Alert, AlertKind};
use crate::components::form::{described_by, FieldError};
use crate::components::toast::use_toasts;
use crate::domain::kiosk::{
    self, check_pin_format, collected, Idle, KioskConfig, PinError, PinGuard, Screen, Session, IDLE_DEFAULT, IDLE_MAX,
    IDLE_MIN, THANKS_SECONDS,
};
use crate::domain::survey::{Answer, Round};
use crate::domain::{Lang, Tr};
use crate::i18n::{lang, tr};
use crate::routes::{Part, Route};
use crate::state::{use_app, Record};
use leptos::prelude::*;
use std::time::Duration;
use uuid::Uuid;

/// The id of the kiosk form's choice of languages, for its error.
const LANGS: &str = "kiosk-langs";

/// The form on a round's page that starts a kiosk.
#[component]
pub fn KioskStart(record: Record, round: Uuid) -> impl IntoView {
    let app = use_app();
    let toasts = use_toasts();
    let l = lang();
    let da = RwSignal::new(true);
    let en = RwSignal::new(true);
    let pin = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let idle = RwSignal::new(IDLE_DEFAULT.to_string());
    // What stops the kiosk from starting, and the id of the field it is about ("" for the form).
    let error = RwSignal::new(None::<(&'static str, String)>);
    // Shown at the field, which gets the focus.
    let refuse = move |field: &'static str, message: String| {
        error.set(Some((field, message)));
        browser::focus_later(if field == LANGS { "kiosk-da".into() } else { field.into() });
    };
    let r = Memo::new(move |_| record.dossier.with(|d| d.del3.round(round).cloned()));
    let statements = move || r.with(|r| r.as_ref().map_or(0, |r| r.statements.len()));
    let untranslated =
        move || r.with(|r| r.as_ref().map_or(0, |r| r.statements.iter().filter(|s| s.en.trim().is_empty()).count()));
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut langs = Vec::new();
        if da.get_untracked() {
            langs.push(Lang::Da);
        }
        if en.get_untracked() {
            langs.push(Lang::En);
        }
        if langs.is_empty() {
            refuse(LANGS, tr("Vælg mindst ét sprog.", "Choose at least one language.").into());
            return;
        }
        if let Err(e) = check_pin_format(&pin.get_untracked(), &repeat.get_untracked()) {
            refuse(if e == PinError::Mismatch { "kiosk-pin2" } else { "kiosk-pin" }, e.message().get(l).into());
            return;
        }
        let seconds = match kiosk::parse_idle(&idle.get_untracked()) {
            Some(s) => s,
            None => {
                refuse(
                    "kiosk-idle",
                    match l {
                        Lang::Da => format!("Skriv et helt antal sekunder mellem {IDLE_MIN} og {IDLE_MAX}."),
                        Lang::En => format!("Write a whole number of seconds between {IDLE_MIN} and {IDLE_MAX}."),
                    },
                );
                return;
            }
        };
        let mut salt = [0u8; 16];
        browser::random_bytes(&mut salt);
        let config = KioskConfig::new(record.id, round, langs, &salt, &pin.get_untracked(), seconds, browser::today());
        pin.set(String::new());
        repeat.set(String::new());
        match app.start_kiosk(config) {
            Ok(()) => {
                // A staff toast (an undo of theirs) must not stay over the residents' screen.
                toasts.clear();
                browser::enter_fullscreen();
            }
            Err(_) => error.set(Some((
                "",
                tr(
                    "Kiosken kan ikke starte, fordi browseren ikke kan gemme data (lagringen er blokeret eller fuld). Svarene ville gå tabt ved en genindlæsning.",
                    "The kiosk cannot start because the browser cannot save data (storage is blocked or full). Answers would be lost on a reload.",
                )
                .into(),
            ))),
        }
    };
    // The error about `id`, if that is what stops the kiosk.
    let error_at = move |id: &'static str| error.with(|e| e.as_ref().filter(|e| e.0 == id).map(|e| e.1.clone()));
    // Its message, by the id `{id}-error`.
    let error_message = move |id: &'static str| view! { <FieldError id=format!("{id}-error") message=Signal::derive(move || error_at(id)) /> };
    let field = move |id: &'static str, label: Tr, hint: Option<Tr>, value: RwSignal<String>, kind: &'static str| {
        let hint_id = format!("{id}-hint");
        let error_id = format!("{id}-error");
        let described = {
            let hint_id = hint_id.clone();
            move || described_by(hint.map(|_| hint_id.as_str()), error_at(id).map(|_| error_id.as_str()))
        };
        view! {
            <div class="form-group" class:form-error=move || error_at(id).is_some()>
                <label class="form-label" for=id>{label.get(l)}</label>
                {hint.map(|h| view! { <span class="form-hint" id=hint_id.clone()>{h.get(l)}</span> })}
                {error_message(id)}
                <input
                    type=kind
                    inputmode="numeric"
                    autocomplete="off"
                    class="form-input input-char-8"
                    id=id
                    aria-describedby=described
                    aria-invalid=move || error_at(id).is_some().then_some("true")
                    prop:value=move || value.get()
                    on:input=move |ev| {
                        value.set(event_target_value(&ev));
                        error.set(None);
                    }
                />
            </div>
        }
    };
    view! {
        <Show
            when=move || statements() != 0
            fallback=|| view! { <p>{tr("Tilføj udsagn, før kiosken kan startes.", "Add statements before the kiosk can start.")}</p> }
        >
            <p>
                {tr(
                    "Kiosken viser ét udsagn ad gangen på en fælles skærm, fx en tablet i fælleshuset. Beboerne svarer anonymt, og svarene lander direkte i denne måling. Kiosken kan kun forlades med PIN-koden.",
                    "The kiosk shows one statement at a time on a shared screen, e.g. a tablet in the community house. Residents answer anonymously and the answers go straight into this measurement. The kiosk can only be left with the PIN.",
                )}
            </p>
            <form class="kiosk-start" on:submit=start novalidate>
                <div class="form-group" class:form-error=move || error_at(LANGS).is_some()>
                <fieldset aria-describedby=move || error_at(LANGS).map(|_| format!("{LANGS}-error"))>
                    <legend class="form-label">{tr("Sprog beboerne kan svare på", "Languages residents can answer in")}</legend>
                    {error_message(LANGS)}
                    <ul class="nobullet-list">
                        <li class="form-group-checkbox">
                            <input type="checkbox" class="form-checkbox" id="kiosk-da" prop:checked=move || da.get() on:change=move |ev| { da.set(event_target_checked(&ev)); error.set(None); } />
                            <label for="kiosk-da">"Dansk"</label>
                        </li>
                        <li class="form-group-checkbox">
                            <input type="checkbox" class="form-checkbox" id="kiosk-en" prop:checked=move || en.get() on:change=move |ev| { en.set(event_target_checked(&ev)); error.set(None); } />
                            <label for="kiosk-en">"English"</label>
                        </li>
                    </ul>
                </fieldset>
                </div>
                <Show when=move || en.get() && untranslated() != 0>
                    <p class="form-hint kiosk-untranslated">
                        {move || match l {
                            Lang::Da => format!("{} udsagn har ingen engelsk tekst og vises på dansk for den, der vælger English. Skriv oversættelsen under Udsagn ovenfor.", untranslated()),
                            Lang::En => format!("{} statements have no English text and are shown in Danish to those who choose English. Write the translation under Statements above.", untranslated()),
                        }}
                    </p>
                </Show>
                {field("kiosk-pin", Tr::new("PIN-kode til at forlade kiosken", "PIN to leave the kiosk"), Some(Tr::new("4–8 cifre. Den gemmes kun som en saltet hash og kan ikke læses igen – husk den.", "4–8 digits. It is stored only as a salted hash and cannot be read back – remember it.")), pin, "password")}
                {field("kiosk-pin2", Tr::new("Gentag PIN-koden", "Repeat the PIN"), None, repeat, "password")}
                {field("kiosk-idle", Tr::new("Nulstil et halvt udfyldt skema efter (sekunder)", "Reset a half-filled form after (seconds)"), Some(Tr::new("Efter så lang tid uden berøring slettes svarene, så den næste beboer starter forfra. Der advares 20 sekunder før.", "After this long without a touch the answers are deleted so the next resident starts afresh. A warning comes 20 seconds before.")), idle, "text")}
                <div role="alert" class="entry-message">
                    {move || error_at("").map(|e| view! { <p class="form-error-message">{e}</p> })}
                </div>
                {(!browser::wake_lock_supported()).then(|| view! {
                    <p class="form-hint">{tr("Denne browser kan ikke holde skærmen tændt. Slå automatisk slukning og dvale fra i enhedens indstillinger.", "This browser cannot keep the screen on. Turn off automatic screen-off and sleep in the device's settings.")}</p>
                })}
                <button type="submit" class="button button-primary">{tr("Start kiosk", "Start kiosk")}</button>
            </form>
        </Show>
    }
}

/// Who is at the screen.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Staff {
    /// Residents: the survey.
    No,
    /// Someone pressed "Personale" and is typing the PIN.
    Pin,
    /// The PIN was right.
    Panel,
}

/// Whether the screen is kept awake.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Awake {
    Asking,
    Yes,
    No,
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// The whole screen while a kiosk runs.
#[component]
pub fn KioskScreen(config: KioskConfig) -> impl IntoView {
    let app = use_app();
    let record = app.live_record(config.dossier);
    let round = Memo::new(move |_| record.and_then(|r| r.dossier.with(|d| d.del3.round(config.round).cloned())));
    let n = move || round.with(|r| r.as_ref().map_or(0, |r| r.statements.len()));
    let first = config.languages.first().copied().unwrap_or(Lang::Da);
    let session = RwSignal::new(Session::new(n(), first));
    let staff = RwSignal::new(Staff::No);
    let last_touch = StoredValue::new(now_ms());
    let idle = RwSignal::new(Idle::Active);
    let thanks_at = StoredValue::new(None::<f64>);
    let save_error = RwSignal::new(false);
    let awake = RwSignal::new(Awake::Asking);
    let cfg = StoredValue::new(config.clone());

    let reset = move || {
        session.set(Session::new(n(), first));
        idle.set(Idle::Active);
        thanks_at.set_value(None);
        save_error.set(false);
        browser::set_document_lang(first.tag());
    };
    let touch = move || {
        last_touch.set_value(now_ms());
        if idle.get_untracked() != Idle::Active {
            idle.set(Idle::Active);
        }
    };

    // The clock: the idle warning and discard, the thank-you screen's return to start, and the
    // staff screens closing themselves when left.
    let tick = move || {
        let now = now_ms();
        let c = cfg.get_value();
        let quiet = kiosk::idle(&c, last_touch.get_value(), now);
        if staff.get_untracked() != Staff::No {
            if quiet == Idle::Expired {
                staff.set(Staff::No);
            }
            return;
        }
        if session.with_untracked(Session::in_progress) {
            if quiet == Idle::Expired {
                reset();
            } else if idle.get_untracked() != quiet {
                idle.set(quiet);
            }
        }
        if let Some(t) = thanks_at.get_value() {
            if now - t >= f64::from(THANKS_SECONDS) * 1000.0 {
                reset();
            }
        }
    };
    if let Ok(h) = set_interval_with_handle(tick, Duration::from_millis(500)) {
        on_cleanup(move || h.clear());
    }

    // Keep the screen on, and ask again whenever the page is shown (the lock ends when hidden).
    let ask_awake = move || {
        leptos::task::spawn_local(async move {
            awake.set(if browser::keep_screen_awake().await.is_ok() { Awake::Yes } else { Awake::No });
        });
    };
    ask_awake();
    let vis = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Visible {
            ask_awake();
        }
    });
    // The back button stays in the kiosk: every step back is answered by a step forward.
    let push = || {
        if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", None);
        }
    };
    push();
    let pop = window_event_listener(leptos::ev::popstate, move |_| push());
    // Keys that would leave or reload the page are not the resident's to use.
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        touch();
        let k = ev.key();
        let leave = (ev.alt_key() && (k == "ArrowLeft" || k == "ArrowRight" || k == "Home"))
            || k == "BrowserBack"
            || k == "BrowserHome"
            || ((ev.ctrl_key() || ev.meta_key())
                && matches!(k.as_str(), "l" | "L" | "o" | "O" | "p" | "P" | "s" | "S"));
        if leave {
            ev.prevent_default();
        }
    });
    on_cleanup(move || {
        vis.remove();
        pop.remove();
        keys.remove();
    });

    let send = move || {
        let Some(resp) = session.with_untracked(|s| s.response(browser::response_id(), browser::today())) else {
            return;
        };
        let saved = app.save_response_now(config.dossier, config.round, resp);
        // The resident's answers are forgotten either way; a failed write keeps the response
        // in memory, and staff are told.
        session.update(Session::sent);
        save_error.set(saved.is_err());
        thanks_at.set_value(Some(now_ms()));
    };

    view! {
        <div
            class="kiosk"
            on:pointerdown=move |_| touch()
            on:touchstart=move |_| touch()
        >
            {move || match staff.get() {
                Staff::No => {
                    match round.with(Option::is_some) {
                        true => view! { <Resident session=session cfg=cfg round=round send=Callback::new(move |_| send()) save_error=save_error reset=Callback::new(move |_| reset()) /> }.into_any(),
                        false => view! {
                            <div class="kiosk-card">
                                <h1 class="kiosk-title" tabindex="-1">{tr("Kiosken er lukket", "The kiosk is closed")}</h1>
                                <p class="kiosk-lead">{tr("Målingen findes ikke længere på denne enhed. Personalet kan afslutte kiosken.", "The measurement no longer exists on this device. Staff can end the kiosk.")}</p>
                            </div>
                        }.into_any(),
                    }
                }
                Staff::Pin => view! { <PinScreen cfg=cfg staff=staff /> }.into_any(),
                Staff::Panel => view! { <StaffPanel cfg=cfg round=round staff=staff awake=awake reset=Callback::new(move |_| reset()) /> }.into_any(),
            }}
            <Show when=move || staff.get() == Staff::No>
                <button type="button" class="kiosk-staff" on:click=move |_| staff.set(Staff::Pin)>
                    {move || Tr::new("Personale", "Staff").get(session.with(|s| s.lang))}
                </button>
            </Show>
            {move || match (idle.get(), staff.get()) {
                (Idle::Warning(left), Staff::No) => {
                    let l = session.with_untracked(|s| s.lang);
                    Some(view! {
                        <div class="kiosk-overlay">
                            <div class="kiosk-dialog" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-text">
                                <h2 id="idle-title" class="kiosk-title">{Tr::new("Er du her stadig?", "Are you still there?").get(l)}</h2>
                                <p id="idle-text" class="kiosk-lead" aria-live="polite">
                                    {match l {
                                        Lang::Da => format!("Dine svar slettes om {left} sekunder, så den næste kan starte forfra."),
                                        Lang::En => format!("Your answers will be deleted in {left} seconds so the next person can start afresh."),
                                    }}
                                </p>
                                <button type="button" class="kiosk-button kiosk-primary" autofocus on:click=move |_| touch()>
                                    {Tr::new("Ja, jeg fortsætter", "Yes, I'll continue").get(l)}
                                </button>
                            </div>
                        </div>
                    })
                }
                _ => None,
            }}
        </div>
    }
}

/// The resident's screens: welcome, one statement at a time, review and thanks.
#[component]
fn Resident(
    session: RwSignal<Session>,
    cfg: StoredValue<KioskConfig>,
    round: Memo<Option<Round>>,
    send: Callback<()>,
    save_error: RwSignal<bool>,
    reset: Callback<()>,
) -> impl IntoView {
    let screen = Memo::new(move |_| session.with(|s| s.screen));
    let l = move || session.with(|s| s.lang);
    let tx = move |t: Tr| t.get(l());
    // Focus the new screen's heading, so a screen reader reads it and Tab starts there.
    Effect::new(move |_| {
        screen.track();
        browser::focus_later("kiosk-heading".into());
    });
    move || {
        let lang = l();
        browser::set_document_lang(lang.tag());
        match screen.get() {
            Screen::Welcome => {
                let langs = cfg.with_value(|c| c.languages.clone());
                let n = round.with(|r| r.as_ref().map_or(0, |r| r.statements.len()));
                view! {
                    <div class="kiosk-card">
                        <h1 class="kiosk-title" id="kiosk-heading" tabindex="-1">{tx(Tr::new("Hvordan er det at bo her?", "What is it like to live here?"))}</h1>
                        <p class="kiosk-lead">
                            {match lang {
                                Lang::Da => format!("Svar på {n} korte udsagn om dit boligområde. Det tager et par minutter. Du er anonym: vi spørger ikke om navn, og der er ingen fritekst."),
                                Lang::En => format!("Answer {n} short statements about your neighbourhood. It takes a few minutes. You are anonymous: we do not ask for your name and there is no free text."),
                            }}
                        </p>
                        <div class="kiosk-start-buttons">
                            {langs.into_iter().map(|lg| {
                                let label = if cfg.with_value(|c| c.languages.len()) > 1 {
                                    match lg { Lang::Da => "Start på dansk", Lang::En => "Start in English" }
                                } else {
                                    Tr::new("Start", "Start").get(lg)
                                };
                                view! {
                                    <button type="button" class="kiosk-button kiosk-primary" lang=lg.tag() on:click=move |_| {
                                        browser::enter_fullscreen();
                                        session.update(|s| s.start(lg));
                                    }>{label}</button>
                                }
                            }).collect_view()}
                        </div>
                    </div>
                }
                .into_any()
            }
            Screen::Statement(i) => {
                let total = session.with(Session::statements);
                let text = round.with(|r| r.as_ref().and_then(|r| r.statements.get(i)).map(|s| s.text(lang).to_string())).unwrap_or_default();
                let progress = match lang {
                    Lang::Da => format!("{} af {total}", i + 1),
                    Lang::En => format!("{} of {total}", i + 1),
                };
                let choices = Answer::ALL[..6].iter().map(|a| {
                    let a = *a;
                    let id = format!("kiosk-answer-{}", a.code() as char);
                    view! {
                        <li>
                            <input
                                type="radio"
                                name="kiosk-answer"
                                class="kiosk-radio"
                                class:kiosk-dontknow=a == Answer::DontKnow
                                id=id.clone()
                                prop:checked=move || session.with(|s| s.current() == Some(a))
                                on:change=move |_| session.update(|s| {
                                    if s.current() != Some(a) {
                                        s.choose(a);
                                    }
                                })
                            />
                            <label for=id class="kiosk-choice">{a.name().get(lang)}</label>
                        </li>
                    }
                }).collect_view();
                view! {
                    <div class="kiosk-card">
                        <p class="kiosk-progress">
                            <span>{progress}</span>
                            <progress class="kiosk-bar" aria-hidden="true" max=total.to_string() value=(i + 1).to_string()></progress>
                        </p>
                        <fieldset class="kiosk-question">
                            <legend>
                                <h1 class="kiosk-statement" id="kiosk-heading" tabindex="-1">{text}</h1>
                            </legend>
                            <ul class="kiosk-choices nobullet-list">{choices}</ul>
                        </fieldset>
                        <div class="kiosk-nav">
                            <button type="button" class="kiosk-button" on:click=move |_| session.update(Session::back)>{tx(Tr::new("Tilbage", "Back"))}</button>
                            <button type="button" class="kiosk-button kiosk-primary" on:click=move |_| session.update(Session::next)>
                                {move || if session.with(|s| s.current() == Some(Answer::Blank)) { tx(Tr::new("Spring over", "Skip")) } else { tx(Tr::new("Næste", "Next")) }}
                            </button>
                        </div>
                    </div>
                }
                .into_any()
            }
            Screen::Review => {
                let (answered, total) = session.with(|s| (s.answered(), s.statements()));
                view! {
                    <div class="kiosk-card">
                        <h1 class="kiosk-title" id="kiosk-heading" tabindex="-1">{tx(Tr::new("Send dine svar", "Send your answers"))}</h1>
                        <p class="kiosk-lead">
                            {match lang {
                                Lang::Da => format!("Du har svaret på {answered} af {total} udsagn."),
                                Lang::En => format!("You have answered {answered} of {total} statements."),
                            }}
                        </p>
                        {(answered == 0).then(|| view! { <p class="kiosk-lead">{tx(Tr::new("Gå tilbage og svar på mindst ét udsagn for at kunne sende.", "Go back and answer at least one statement to be able to send."))}</p> })}
                        <div class="kiosk-nav">
                            <button type="button" class="kiosk-button" on:click=move |_| session.update(Session::back)>{tx(Tr::new("Tilbage", "Back"))}</button>
                            <button type="button" class="kiosk-button kiosk-primary" disabled=answered == 0 on:click=move |_| send.run(())>{tx(Tr::new("Send", "Send"))}</button>
                        </div>
                    </div>
                }
                .into_any()
            }
            Screen::Thanks => view! {
                <div class="kiosk-card">
                    <h1 class="kiosk-title" id="kiosk-heading" tabindex="-1">{tx(Tr::new("Tak for dine svar!", "Thank you for your answers!"))}</h1>
                    <p class="kiosk-lead">{tx(Tr::new("Dine svar er gemt. Skærmen går tilbage til start om lidt.", "Your answers are saved. The screen returns to the start in a moment."))}</p>
                    <Show when=move || save_error.get()>
                        <p class="kiosk-lead kiosk-warning" role="alert">{tx(Tr::new("Enheden kunne ikke gemme svaret permanent. Sig det til personalet.", "The device could not save the answer permanently. Please tell the staff."))}</p>
                    </Show>
                    <button type="button" class="kiosk-button kiosk-primary" on:click=move |_| reset.run(())>{tx(Tr::new("Færdig", "Done"))}</button>
                </div>
            }
            .into_any(),
        }
    }
}

/// Typing the staff PIN.
#[component]
fn PinScreen(cfg: StoredValue<KioskConfig>, staff: RwSignal<Staff>) -> impl IntoView {
    let pin = RwSignal::new(String::new());
    let guard = StoredValue::new(PinGuard::default());
    let message = RwSignal::new(None::<String>);
    let l = lang();
    browser::set_document_lang(l.tag());
    browser::focus_later("kiosk-pin-input".into());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = std::mem::take(&mut *pin.write());
        let now = now_ms();
        let mut g = guard.get_value();
        let ok = cfg.with_value(|c| g.attempt(c, &typed, now));
        guard.set_value(g);
        if ok {
            staff.set(Staff::Panel);
        } else {
            message.set(Some(match (g.waiting(now), l) {
                (Some(s), Lang::Da) => format!("Forkert PIN-kode. Vent {s} sekunder, før du prøver igen."),
                (Some(s), Lang::En) => format!("Wrong PIN. Wait {s} seconds before trying again."),
                (None, _) => {
                    tr("Forkert PIN-kode. Kiosken er stadig låst.", "Wrong PIN. The kiosk is still locked.").into()
                }
            }));
            browser::focus_later("kiosk-pin-input".into());
        }
    };
    view! {
        <div class="kiosk-card">
            <h1 class="kiosk-title" tabindex="-1">{tr("Personale: lås kiosken op", "Staff: unlock the kiosk")}</h1>
            <form on:submit=submit class="kiosk-pin-form">
                <div class="form-group" class:form-error=move || message.get().is_some()>
                    <label class="form-label" for="kiosk-pin-input">{tr("PIN-kode", "PIN")}</label>
                    <FieldError id="kiosk-pin-input-error" message=message />
                    <input
                        type="password"
                        inputmode="numeric"
                        autocomplete="off"
                        maxlength="8"
                        class="form-input kiosk-pin"
                        id="kiosk-pin-input"
                        aria-describedby=move || message.get().map(|_| "kiosk-pin-input-error")
                        aria-invalid=move || message.get().map(|_| "true")
                        prop:value=move || pin.get()
                        on:input=move |ev| pin.set(event_target_value(&ev))
                    />
                </div>
                <div class="kiosk-nav">
                    <button type="button" class="kiosk-button" on:click=move |_| staff.set(Staff::No)>{tr("Annullér", "Cancel")}</button>
                    <button type="submit" class="kiosk-button kiosk-primary">{tr("Lås op", "Unlock")}</button>
                </div>
            </form>
        </div>
    }
}

/// After the PIN: what the kiosk has collected, and ending it.
#[component]
fn StaffPanel(
    cfg: StoredValue<KioskConfig>,
    round: Memo<Option<Round>>,
    staff: RwSignal<Staff>,
    awake: RwSignal<Awake>,
    reset: Callback<()>,
) -> impl IntoView {
    let app = use_app();
    let l = lang();
    browser::set_document_lang(l.tag());
    let counts = move || round.with(|r| r.as_ref().map(|r| collected(r, browser::today())).unwrap_or((0, 0)));
    let label = move || round.with(|r| r.as_ref().map(|r| r.label.clone()).unwrap_or_default());
    let (dossier, round_id) = cfg.with_value(|c| (c.dossier, c.round));
    let end = move |_| {
        reset.run(());
        app.end_kiosk();
        browser::exit_fullscreen();
        let target = Route::Dossier { id: dossier, part: Part::Round(round_id) };
        crate::router::navigate(&target);
    };
    view! {
        <div class="kiosk-card kiosk-panel">
            <h1 class="kiosk-title" tabindex="-1">{tr("Kiosk – personale", "Kiosk – staff")}</h1>
            <p class="kiosk-lead">{tr("Måling:", "Measurement:")} " " <strong>{label}</strong></p>
            <dl class="kiosk-counts">
                <div><dt>{tr("Svar i dag", "Responses today")}</dt><dd>{move || counts().0}</dd></div>
                <div><dt>{tr("Svar i alt fra kiosken", "Responses from the kiosk in total")}</dt><dd>{move || counts().1}</dd></div>
            </dl>
            <p>{tr("Svarene er allerede gemt i målingen og kommer med, når dossieret eksporteres.", "The responses are already saved in the measurement and travel with the dossier when it is exported.")}</p>
            {move || match awake.get() {
                Awake::Yes => view! { <p>{tr("Skærmen holdes tændt.", "The screen is kept on.")}</p> }.into_any(),
                Awake::Asking => ().into_any(),
                Awake::No => view! {
                    <Alert kind=AlertKind::Warning heading=tr("Skærmen kan slukke", "The screen may turn off")>
                        <p class="alert-text">{tr("Browseren holder ikke skærmen tændt. Slå automatisk slukning og dvale fra i enhedens indstillinger.", "The browser does not keep the screen on. Turn off automatic screen-off and sleep in the device's settings.")}</p>
                    </Alert>
                }.into_any(),
            }}
            <div class="kiosk-nav">
                <button type="button" class="kiosk-button" on:click=move |_| staff.set(Staff::No)>{tr("Tilbage til kiosken", "Back to the kiosk")}</button>
                <button type="button" class="kiosk-button kiosk-danger" on:click=end>{tr("Afslut kiosken", "End the kiosk")}</button>
            </div>
        </div>
    }
}

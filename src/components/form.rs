//! Form fields in Det Fælles Designsystem's markup: a label, an optional hint, the control.

use crate::domain::{Lang, Tr};
use crate::i18n::t;
use leptos::prelude::*;

/// A field's label: a fixed text in both languages, or one made at run time (with a year, a
/// point's id …).
#[derive(Clone, Debug, PartialEq)]
pub enum Label {
    Fixed(Tr),
    Text(String),
}

impl Label {
    pub fn text(&self) -> String {
        match self {
            Label::Fixed(tr) => t(*tr).to_string(),
            Label::Text(s) => s.clone(),
        }
    }
}

impl From<Tr> for Label {
    fn from(t: Tr) -> Label {
        Label::Fixed(t)
    }
}

impl From<String> for Label {
    fn from(s: String) -> Label {
        Label::Text(s)
    }
}

/// A one-line text field bound to a value and a setter.
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    #[prop(into)] label: Label,
    #[prop(optional_no_strip)] hint: Option<Tr>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
    #[prop(optional)] readonly: bool,
    #[prop(optional, into)] autocomplete: Option<&'static str>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described = hint.map(|_| hint_id.clone());
    view! {
        <div class="form-group">
            <label class="form-label" for=id.clone()>{label.text()}</label>
            {hint.map(|h| view! { <span class="form-hint" id=hint_id.clone()>{t(h)}</span> })}
            <input
                type="text"
                class="form-input"
                id=id
                aria-describedby=described
                autocomplete=autocomplete.unwrap_or("off")
                readonly=readonly
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
        </div>
    }
}

/// A multi-line text field bound to a value and a setter.
#[component]
pub fn TextArea(
    #[prop(into)] id: String,
    #[prop(into)] label: Label,
    #[prop(optional_no_strip)] hint: Option<Tr>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
    #[prop(default = 3)] rows: u32,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described = hint.map(|_| hint_id.clone());
    view! {
        <div class="form-group">
            <label class="form-label" for=id.clone()>{label.text()}</label>
            {hint.map(|h| view! { <span class="form-hint" id=hint_id.clone()>{t(h)}</span> })}
            <textarea
                class="form-input"
                id=id
                rows=rows
                aria-describedby=described
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            ></textarea>
        </div>
    }
}

/// A field's error message in DKFDS markup, by the id `id` (for the field's
/// `aria-describedby`); an alert, so it is announced when it comes. Nothing is on the page
/// while `message` is `None` (no empty live region beside every field of a long sheet).
#[component]
pub fn FieldError(#[prop(into)] id: String, #[prop(into)] message: Signal<Option<String>>) -> impl IntoView {
    move || {
        message.get().map(|m| {
            view! {
                <span class="form-error-message" id=id.clone() role="alert">
                    <span class="sr-only">{t(Tr::new("Fejl: ", "Error: "))}</span>
                    {m}
                </span>
            }
        })
    }
}

/// A field's `aria-describedby`: its hint's id and, while it has an error, the error's id.
pub fn described_by(hint: Option<&str>, error: Option<&str>) -> Option<String> {
    let ids: Vec<&str> = hint.into_iter().chain(error).collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A number field: empty means "no number"; text that is not a number, or that can be read as
/// two numbers («1.150» in Danish), is shown with a message that says so and is not saved.
#[component]
pub fn NumberField(
    #[prop(into)] id: String,
    #[prop(into)] label: Label,
    #[prop(optional_no_strip)] hint: Option<Tr>,
    #[prop(into)] value: Signal<Option<f64>>,
    #[prop(into)] on_change: Callback<Option<f64>>,
    #[prop(optional)] suffix: Option<&'static str>,
    /// The field asks for a year ([`number::YEARS`]).
    #[prop(optional)]
    year: bool,
) -> impl IntoView {
    use crate::domain::number::{self, NotANumber};
    let lang = crate::i18n::lang();
    let shown = move || value.get().map(|x| crate::domain::import::format_number(x, lang)).unwrap_or_default();
    let draft = RwSignal::new(shown());
    // Why the text in the field is not saved, while it is not.
    let bad = RwSignal::new(None::<NotANumber>);
    let is_bad = move || bad.get().is_some();
    // Follow changes from elsewhere (an import), unless the user is mid-way through a bad entry.
    Effect::new(move |_| {
        let s = shown();
        if bad.get_untracked().is_none() && number::parse(&draft.get_untracked(), lang) != value.get_untracked() {
            draft.set(s);
        }
    });
    let message = move || {
        bad.get().map(|why| match why {
            NotANumber::Invalid => t(Tr::new(
                "Skriv et tal, fx 12 eller 2,5 – eller lad feltet stå tomt.",
                "Write a number, e.g. 12 or 2.5 – or leave the field empty.",
            ))
            .to_string(),
            // The years of `number::YEARS`.
            NotANumber::NotAYear => t(Tr::new(
                "Skriv et årstal mellem 1900 og 2200 – eller lad feltet stå tomt.",
                "Write a year between 1900 and 2200 – or leave the field empty.",
            ))
            .to_string(),
            NotANumber::Ambiguous { grouped, decimal } => {
                let text = draft.with_untracked(|d| d.trim().to_string());
                let (g, d) = (number::format(grouped, 6, lang), number::format(decimal, 6, lang));
                match lang {
                    Lang::Da => format!("«{text}» kan betyde både {g} og {d}. Skriv {g} eller {d}."),
                    Lang::En => format!("“{text}” could mean {g} or {d}. Write {g} or {d}."),
                }
            }
        })
    };
    let hint_id = format!("{id}-hint");
    let err_id = format!("{id}-error");
    let described = {
        let (h, e) = (hint_id.clone(), err_id.clone());
        move || described_by(hint.map(|_| h.as_str()), is_bad().then_some(e.as_str()))
    };
    view! {
        <div class="form-group" class:form-error=is_bad>
            <label class="form-label" for=id.clone()>{label.text()}</label>
            {hint.map(|h| view! { <span class="form-hint" id=hint_id.clone()>{t(h)}</span> })}
            <FieldError id=err_id.clone() message=Signal::derive(message) />
            <div class="form-input-wrapper" class:form-input-wrapper--suffix=suffix.is_some()>
                <input
                    type="text"
                    inputmode="decimal"
                    class="form-input input-char-8"
                    id=id
                    aria-describedby=described
                    aria-invalid=move || is_bad().then_some("true")
                    prop:value=move || draft.get()
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        let read = if year { number::read_year(&text, lang) } else { number::read(&text, lang) };
                        draft.set(text);
                        match read {
                            Ok(n) => {
                                bad.set(None);
                                on_change.run(n);
                            }
                            // «2», «20», «202» on the way to «2026» are not saved, and not
                            // called wrong until the user leaves the field (below).
                            Err(NotANumber::NotAYear) => bad.set(None),
                            Err(why) => bad.set(Some(why)),
                        }
                    }
                    on:change=move |ev| {
                        if year && number::read_year(&event_target_value(&ev), lang) == Err(NotANumber::NotAYear) {
                            bad.set(Some(NotANumber::NotAYear));
                        }
                    }
                />
                {suffix.map(|s| view! { <div class="form-input-suffix" aria-hidden="true">{s}</div> })}
            </div>
        </div>
    }
}

/// A drop-down list.
#[component]
pub fn Select<T>(
    #[prop(into)] id: String,
    label: Tr,
    #[prop(optional_no_strip)] hint: Option<Tr>,
    options: Vec<(T, Tr)>,
    /// Text of an empty first choice; without it a value is always chosen.
    #[prop(optional_no_strip)]
    empty: Option<Tr>,
    #[prop(into)] value: Signal<Option<T>>,
    #[prop(into)] on_change: Callback<Option<T>>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let hint_id = format!("{id}-hint");
    let described = hint.map(|_| hint_id.clone());
    let opts = options.clone();
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, (v, name))| {
            view! { <option value=i.to_string() selected=move || value.get() == Some(v)>{t(name)}</option> }
        })
        .collect_view();
    view! {
        <div class="form-group">
            <label class="form-label" for=id.clone()>{t(label)}</label>
            {hint.map(|h| view! { <span class="form-hint" id=hint_id.clone()>{t(h)}</span> })}
            <select
                class="form-select"
                id=id
                aria-describedby=described
                on:change=move |ev| {
                    let v = event_target_value(&ev).parse::<usize>().ok().and_then(|i| opts.get(i)).map(|o| o.0);
                    on_change.run(v);
                }
            >
                {empty.map(|e| view! { <option value="" selected=move || value.get().is_none()>{t(e)}</option> })}
                {items}
            </select>
        </div>
    }
}

/// Checkboxes for choosing any number of values.
#[component]
pub fn CheckboxGroup<T>(
    #[prop(into)] name: String,
    legend: Tr,
    #[prop(optional_no_strip)] hint: Option<Tr>,
    options: Vec<(T, Tr)>,
    #[prop(into)] value: Signal<Vec<T>>,
    #[prop(into)] on_change: Callback<Vec<T>>,
    /// Lay the options out in columns (e.g. the twelve months).
    #[prop(optional)]
    grid: bool,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let legend_id = format!("{name}-legend");
    let labelledby = legend_id.clone();
    let all: Vec<T> = options.iter().map(|o| o.0).collect();
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, (v, label))| {
            let id = format!("{name}-{i}");
            let all = all.clone();
            view! {
                <div class="form-group-checkbox">
                    <input
                        type="checkbox"
                        class="form-checkbox"
                        id=id.clone()
                        prop:checked=move || value.get().contains(&v)
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            let mut next: Vec<T> = value.get_untracked();
                            next.retain(|x| *x != v);
                            if on {
                                next.push(v);
                            }
                            // Keep the options' order.
                            next.sort_unstable_by_key(|x| all.iter().position(|a| a == x));
                            on_change.run(next);
                        }
                    />
                    <label class="form-label" for=id>{t(label)}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="form-group">
            <fieldset aria-labelledby=labelledby>
                <legend class="form-label" id=legend_id>{t(legend)}</legend>
                {hint.map(|h| view! { <span class="form-hint">{t(h)}</span> })}
                <div class:checkbox-grid=grid>{items}</div>
            </fieldset>
        </div>
    }
}

/// A date field (the browser's date picker; the value is a calendar date).
#[component]
pub fn DateField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] value: Signal<Option<chrono::NaiveDate>>,
    #[prop(into)] on_change: Callback<Option<chrono::NaiveDate>>,
) -> impl IntoView {
    view! {
        <label class="form-label" for=id.clone()>{label}</label>
        <input
            type="date"
            class="form-input input-width-s"
            id=id
            prop:value=move || value.get().map(crate::domain::b2c::iso_date).unwrap_or_default()
            on:change=move |ev| on_change.run(crate::domain::b2c::parse_iso_date(&event_target_value(&ev)))
        />
    }
}

/// One checkbox with its label.
#[component]
pub fn Checkbox(
    #[prop(into)] id: String,
    #[prop(into)] label: Label,
    #[prop(into)] value: Signal<bool>,
    #[prop(into)] on_change: Callback<bool>,
) -> impl IntoView {
    view! {
        <div class="form-group-checkbox">
            <input
                type="checkbox"
                class="form-checkbox"
                id=id.clone()
                prop:checked=move || value.get()
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <label class="form-label" for=id>{label.text()}</label>
        </div>
    }
}

/// The guide's advice beside a section: short and collapsible (DKFDS `details`).
#[component]
pub fn Guidance(text: Tr) -> impl IntoView {
    view! {
        <details class="details guidance">
            <summary class="details-summary">{t(Tr::new("Vejledning fra guiden", "Guidance from the guide"))}</summary>
            <div class="details-text">
                <p>{t(text)}</p>
            </div>
        </details>
    }
}

/// A section's completion as a DKFDS badge.
#[component]
pub fn CompletionBadge(#[prop(into)] state: Signal<crate::domain::b2c::Completion>) -> impl IntoView {
    use crate::domain::b2c::Completion;
    view! {
        <span class=move || match state.get() {
            Completion::Done => "badge badge-success",
            Completion::Started => "badge badge-warning",
            Completion::Empty => "badge",
        }>{move || t(state.get().name())}</span>
    }
}

/// A group of radio buttons with a legend; each option has a label and an optional hint.
#[component]
pub fn RadioGroup<T>(
    #[prop(into)] name: String,
    legend: Tr,
    options: Vec<(T, Tr, Option<Tr>)>,
    #[prop(into)] value: Signal<T>,
    #[prop(into)] on_change: Callback<T>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let legend_id = format!("{name}-legend");
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, (v, label, hint))| {
            let id = format!("{name}-{i}");
            let hint_id = format!("{id}-hint");
            let described = hint.map(|_| hint_id.clone());
            view! {
                <div class="form-group-radio">
                    <input
                        type="radio"
                        class="form-radio"
                        id=id.clone()
                        name=name.clone()
                        aria-describedby=described
                        prop:checked=move || value.get() == v
                        on:change=move |_| on_change.run(v)
                    />
                    <label class="form-label" for=id>{t(label)}</label>
                    {hint.map(|h| view! { <span class="form-hint" id=hint_id>{t(h)}</span> })}
                </div>
            }
        })
        .collect_view();
    let labelledby = legend_id.clone();
    view! {
        <div class="form-group">
            <fieldset aria-labelledby=labelledby>
                <legend class="form-label" id=legend_id>{t(legend)}</legend>
                {items}
            </fieldset>
        </div>
    }
}

//! Form fields in Det Fælles Designsystem's markup: a label, an optional hint, the control.

use crate::domain::Tr;
use crate::i18n::t;
use leptos::prelude::*;

/// A one-line text field bound to a value and a setter.
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    label: Tr,
    #[prop(optional)] hint: Option<Tr>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
    #[prop(optional)] readonly: bool,
    #[prop(optional, into)] autocomplete: Option<&'static str>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described = hint.map(|_| hint_id.clone());
    view! {
        <div class="form-group">
            <label class="form-label" for=id.clone()>{t(label)}</label>
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

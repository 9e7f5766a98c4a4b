//! The one interpreter that draws a worksheet from its data (`sheets`): every question as a
//! DKFDS form field bound to the dossier, lists with add/remove/reorder, or — read-only — the
//! answers as text (the partner's Del 1, the meeting view).

use crate::browser;
use crate::browser::focus_later;
use crate::components::form::{
    Checkbox, CheckboxGroup, DateField, Guidance, NumberField, RadioGroup, Select, TextArea, TextField,
};
use crate::components::toast::{removed_from, use_toasts, Origin, ToastKind};
use crate::domain::{Dossier, Lang, Tr};
use crate::i18n::{lang, t, tr};
use crate::sheets::{At, Field, Kind, List, New, Node, Remove, Restore, Value};
use crate::state::{use_app, Record};
use leptos::prelude::*;
use std::rc::Rc;
use std::sync::Arc;

/// Draws `nodes` bound to `at` in a dossier; element ids start with `prefix`.
#[component]
pub fn Sheet(
    record: Record,
    at: At,
    nodes: &'static [Node],
    #[prop(into)] prefix: String,
    #[prop(optional)] readonly: bool,
) -> impl IntoView {
    if !readonly {
        provide_context(Feeds::new(record));
    }
    render_all(record, at, nodes, &prefix, readonly)
}

/// A feed: reads one field's value from the dossier and sets its signal when it changed.
type Feed = Rc<dyn Fn(&Dossier)>;

/// The values of a sheet's fields, fed from the dossier by one effect of the sheet. A memo per
/// field kept the unchanged ones from recomputing what they draw, but a memo's readers are still
/// woken on every change of what it reads: each keystroke woke every field's nodes on the page.
/// A field's own signal changes only when its value does.
#[derive(Clone, Copy)]
struct Feeds {
    record: Record,
    next: StoredValue<u64>,
    feeds: StoredValue<Vec<(u64, Feed)>, LocalStorage>,
}

impl Feeds {
    fn new(record: Record) -> Feeds {
        let feeds = StoredValue::new_local(Vec::<(u64, Feed)>::new());
        Effect::new(move |_| {
            // Taken out first: a feed's signal may draw a field that adds a feed of its own.
            let all: Vec<Feed> = feeds.with_value(|v| v.iter().map(|(_, f)| f.clone()).collect());
            record.dossier.with(|d| all.iter().for_each(|f| f(d)));
        });
        Feeds { record, next: StoredValue::new(0), feeds }
    }

    /// A field's value at `get`, following the dossier: from the sheet's feeds, or from a memo of
    /// its own outside a sheet.
    fn value(record: Record, get: impl Fn(&Dossier) -> Value + Send + Sync + 'static) -> Signal<Value> {
        let Some(this) = use_context::<Feeds>().filter(|f| f.record.id == record.id) else {
            return Memo::new(move |_| record.dossier.with(&get)).into();
        };
        let value = RwSignal::new(record.dossier.with_untracked(&get));
        let key = this.next.get_value();
        this.next.set_value(key + 1);
        let feed: Feed = Rc::new(move |d: &Dossier| {
            let now = get(d);
            if value.try_with_untracked(|v| *v != now).unwrap_or(false) {
                value.try_set(now);
            }
        });
        this.feeds.update_value(|v| v.push((key, feed)));
        on_cleanup(move || {
            this.feeds.try_update_value(|v| v.retain(|(k, _)| *k != key));
        });
        value.read_only().into()
    }
}

fn render_all(record: Record, at: At, nodes: &'static [Node], prefix: &str, readonly: bool) -> AnyView {
    nodes.iter().map(|n| render(record, at, n, prefix, readonly)).collect_view().into_any()
}

fn render(record: Record, at: At, node: &'static Node, prefix: &str, readonly: bool) -> AnyView {
    let app = use_app();
    match node {
        Node::Heading(2, text) => view! { <h2>{t(*text)}</h2> }.into_any(),
        Node::Heading(3, text) => view! { <h3>{t(*text)}</h3> }.into_any(),
        Node::Heading(_, text) => view! { <h4>{t(*text)}</h4> }.into_any(),
        Node::Para(text) => view! { <p class="sheet-para">{t(*text)}</p> }.into_any(),
        Node::Note(f) => {
            let l = lang();
            let f = *f;
            view! { <p class="form-hint">{move || record.dossier.with(|d| f(d, at, l))}</p> }.into_any()
        }
        Node::Guide(text) if !readonly => view! { <Guidance text=*text /> }.into_any(),
        Node::Guide(_) | Node::Action(..) if readonly => ().into_any(),
        Node::Guide(_) => ().into_any(),
        Node::Field(f) if readonly => read_field(record, at, f),
        Node::Field(f) => view! { <FieldView record=record at=at field=f id=format!("{prefix}-{}", f.key) /> }.into_any(),
        Node::Group(legend, inner) if readonly => {
            view! { <section class="read-group"><h3>{t(*legend)}</h3>{render_all(record, at, inner, prefix, true)}</section> }.into_any()
        }
        Node::Group(legend, inner) => view! {
            <fieldset class="worksheet-section">
                <legend class="h3">{t(*legend)}</legend>
                {render_all(record, at, inner, prefix, false)}
            </fieldset>
        }
        .into_any(),
        Node::When(cond, inner) => {
            let cond = *cond;
            let shown = Memo::new(move |_| record.dossier.with(|d| cond(d, at)));
            let prefix = prefix.to_string();
            view! { <Show when=move || shown.get()>{render_all(record, at, inner, &prefix, readonly)}</Show> }.into_any()
        }
        Node::Action(label, act) => {
            let act = *act;
            view! {
                <button class="button button-secondary" on:click=move |_| app.write(record.id, |d| act(d, at, &New { id: browser::new_id(), now: browser::now() }))>
                    {t(*label)}
                </button>
            }
            .into_any()
        }
        Node::List(list) => view! { <ListView record=record at=at list=list prefix=prefix.to_string() readonly=readonly /> }.into_any(),
    }
}

/// An answer as text, for read-only sheets.
fn read_field(record: Record, at: At, f: &'static Field) -> AnyView {
    let l = lang();
    let text = move || record.dossier.with(|d| or_dash((f.get)(d, at).show(&f.kind, d, l)));
    view! {
        <div class="read-field">
            <span class="read-label">{t(f.label)}</span>
            <span class="read-value pre-line">{text}</span>
        </div>
    }
    .into_any()
}

/// An answer as read-only text shows it, an unanswered one a dash.
fn or_dash(shown: String) -> String {
    if shown.trim().is_empty() {
        "–".to_string()
    } else {
        shown
    }
}

/// One question as a form field of its kind.
#[component]
fn FieldView(record: Record, at: At, field: &'static Field, id: String) -> impl IntoView {
    let app = use_app();
    let value = Feeds::value(record, move |d| (field.get)(d, at));
    let set = move |v: Value| app.write(record.id, |d| (field.set)(d, at, v));
    let (label, hint) = (field.label, field.hint);
    match field.kind {
        Kind::Text => view! {
            <TextField id=id label=label hint=hint value=Signal::derive(move || value.get().text()) on_input=Callback::new(move |s| set(Value::Text(s))) />
        }
        .into_any(),
        Kind::Area(rows) => view! {
            <TextArea id=id label=label hint=hint rows=u32::from(rows) value=Signal::derive(move || value.get().text()) on_input=Callback::new(move |s| set(Value::Text(s))) />
        }
        .into_any(),
        Kind::Number | Kind::Year => view! {
            <NumberField id=id label=label year=matches!(field.kind, Kind::Year) value=Signal::derive(move || value.get().number()) on_change=Callback::new(move |n| set(Value::Number(n))) />
        }
        .into_any(),
        Kind::Date => view! {
            <div class="form-group">
                <DateField id=id label=t(label) value=Signal::derive(move || value.get().date()) on_change=Callback::new(move |d| set(Value::Date(d))) />
            </div>
        }
        .into_any(),
        Kind::Radio(options) => {
            let opts = options().into_iter().enumerate().map(|(i, o)| (Some(i), o, None)).collect::<Vec<_>>();
            view! { <RadioGroup name=id legend=label options=opts value=Signal::derive(move || value.get().choice()) on_change=Callback::new(move |c| set(Value::Choice(c))) /> }
                .into_any()
        }
        Kind::Select(options, empty) => {
            let opts = options().into_iter().enumerate().collect::<Vec<_>>();
            view! {
                <Select id=id label=label options=opts empty=empty value=Signal::derive(move || value.get().choice()) on_change=Callback::new(move |c| set(Value::Choice(c))) />
            }
            .into_any()
        }
        Kind::Checks(options, grid) => {
            let opts = options().into_iter().enumerate().collect::<Vec<_>>();
            view! {
                <CheckboxGroup name=id legend=label options=opts grid=grid value=Signal::derive(move || value.get().choices()) on_change=Callback::new(move |c| set(Value::Choices(c))) />
            }
            .into_any()
        }
        Kind::Flag => view! { <Checkbox id=id label=label value=Signal::derive(move || value.get().flag()) on_change=Callback::new(move |b| set(Value::Flag(b))) /> }
            .into_any(),
        Kind::Pick(items) => {
            let l = lang();
            let options = Memo::new(move |_| record.dossier.with(|d| items(d, l)));
            view! {
                <div class="form-group">
                    <label class="form-label" for=id.clone()>{t(label)}</label>
                    <select
                        class="form-select"
                        id=id
                        on:change=move |ev| {
                            let i = event_target_value(&ev).parse::<usize>().ok();
                            if let Some((item, _)) = i.and_then(|i| options.with_untracked(|o| o.get(i).cloned())) {
                                set(Value::Ids(vec![item]));
                            }
                        }
                    >
                        {move || {
                            let chosen = value.get().ids();
                            options
                                .get()
                                .into_iter()
                                .enumerate()
                                .map(|(i, (item, name))| view! { <option value=i.to_string() selected=chosen.contains(&item)>{name}</option> })
                                .collect_view()
                        }}
                    </select>
                </div>
            }
            .into_any()
        }
        Kind::Items(items) => {
            let l = lang();
            let options = Memo::new(move |_| record.dossier.with(|d| items(d, l)));
            view! {
                <div class="form-group">
                    <fieldset>
                        <legend class="form-label">{t(label)}</legend>
                        {move || {
                            options
                                .get()
                                .into_iter()
                                .enumerate()
                                .map(|(i, (item, name))| {
                                    let el = format!("{id}-{i}");
                                    view! {
                                        <div class="form-group-checkbox">
                                            <input
                                                type="checkbox"
                                                class="form-checkbox"
                                                id=el.clone()
                                                prop:checked=move || value.get().ids().contains(&item)
                                                on:change=move |ev| {
                                                    let mut ids = value.get_untracked().ids();
                                                    ids.retain(|x| *x != item);
                                                    if event_target_checked(&ev) {
                                                        ids.push(item);
                                                    }
                                                    set(Value::Ids(ids));
                                                }
                                            />
                                            <label class="form-label" for=el>{name}</label>
                                        </div>
                                    }
                                })
                                .collect_view()
                        }}
                    </fieldset>
                </div>
            }
            .into_any()
        }
    }
}

/// The element-id part of a list item: its own id's first digits, or (for lists of plain values
/// inside a section, whose items share their parent's id) its position.
fn item_key(parent: At, item: At, i: usize) -> String {
    if item.id.is_nil() || item.id == parent.id {
        i.to_string()
    } else {
        // The whole id: the guide's three indicators share their first 32 bits, and a shorter
        // key gave their fields one id, so each label named (and ticked) the first indicator.
        item.id.simple().to_string()
    }
}

/// What the remove button of a list's items does, given the item and its name: removes it,
/// moves focus to the item that takes its place (or the one before it, or the button that adds
/// one), since the button itself is gone, and shows a toast that can undo the removal.
fn removal(
    record: Record,
    at: At,
    list: &'static List,
    prefix: &str,
    first_key: Option<&'static str>,
    rm: Remove,
    restore: Restore,
) -> Callback<(At, String)> {
    let app = use_app();
    let toasts = use_toasts();
    let origin = Origin::here();
    let prefix = prefix.to_string();
    // The element id of the first question of the item at `i` in `items`.
    let field_id = move |prefix: &str, items: &[At], i: usize| {
        first_key.zip(items.get(i)).map(|(key, item)| format!("{prefix}-{}-{key}", item_key(at, *item, i)))
    };
    // Where the focus goes when the item at `place` is not there: the item now in its place, the
    // one before it, or the button that adds one.
    let near = move |prefix: &str, items: &[At], place: usize| {
        field_id(prefix, items, place.min(items.len().saturating_sub(1))).unwrap_or(format!("{prefix}-add"))
    };
    Callback::new(move |(item, name): (At, String)| {
        let name = if name.trim().is_empty() { list.noun.get(lang()).to_string() } else { name };
        let before = record.dossier.get_untracked();
        let title = before.display_title();
        let items = move |d: &Dossier| (list.items)(d, at);
        let place = items(&before).iter().position(|x| *x == item).unwrap_or(0);
        app.write(record.id, |d| rm(d, item));
        let now = record.dossier.with_untracked(items);
        focus_later(near(&prefix, &now, place));
        let prefix = prefix.clone();
        let (name2, title2) = (name.clone(), title.clone());
        let undo = move || {
            let Some(record) = app.record(record.id) else { return };
            let full = list.max.filter(|(max, _)| record.dossier.with_untracked(items).len() >= *max);
            let mut back = false;
            if full.is_none() {
                app.write(record.id, |d| {
                    let rev = restore(d, item, &before);
                    back = rev.is_some();
                    rev
                });
            }
            let now = record.dossier.with_untracked(items);
            // The toast's button is gone: the focus goes to the item that came back, or (refused)
            // back to where the user was.
            match now.iter().position(|x| *x == item).filter(|_| back) {
                Some(i) => origin.after_undo(
                    field_id(&prefix, &now, i).unwrap_or_default(),
                    Some((format!("«{name2}» er tilbage"), format!("“{name2}” is back"))),
                    &title2,
                ),
                None => {
                    origin.after_undo(near(&prefix, &now, place), None, &title2);
                    let why = full.map_or(CANNOT_RESTORE, |(_, text)| text);
                    let text = (
                        format!("«{name2}» kunne ikke gendannes: {}", why.get(Lang::Da)),
                        format!("“{name2}” could not be restored: {}", why.get(Lang::En)),
                    );
                    toasts.show(ToastKind::Error, text, None);
                }
            }
        };
        let text = removed_from((format!("«{name}» er fjernet"), format!("“{name}” was removed")), &title);
        toasts.show(ToastKind::Info, text, Some((Tr::new("Fortryd", "Undo"), Arc::new(undo))));
    })
}

/// Why a removed item cannot come back, when its list is not full: it no longer changes (a
/// survey round's statements, once it has answers).
const CANNOT_RESTORE: Tr = Tr::new("listen kan ikke længere ændres.", "the list can no longer be changed.");

/// A list of items: one box (or, compact, one line) per item, with its buttons.
#[component]
fn ListView(record: Record, at: At, list: &'static List, prefix: String, readonly: bool) -> impl IntoView {
    let app = use_app();
    let items = Memo::new(move |_| record.dossier.with(|d| (list.items)(d, at)));
    let prefix = format!("{prefix}-{}", list.key);
    let first_key = list.nodes.iter().find_map(|n| match n {
        Node::Field(f) => Some(f.key),
        _ => None,
    });
    let p = prefix.clone();
    let add = list.add.map(|(label, act)| {
        let full = move || list.max.is_some_and(|(max, _)| items.with(Vec::len) >= max);
        let p = p.clone();
        let add_id = format!("{p}-add");
        let on_add = move |_| {
            let id = browser::new_id();
            app.write(record.id, |d| act(d, at, &New { id, now: browser::now() }));
            // Focus the new item's first question.
            let n = items.with_untracked(Vec::len);
            if let (Some(item), Some(key)) = (items.with_untracked(|v| v.last().copied()), first_key) {
                focus_later(format!("{p}-{}-{key}", item_key(at, item, n - 1)));
            }
        };
        let max_text = list.max.map(|(_, text)| text);
        view! {
            <Show
                when=move || !full()
                fallback=move || view! { <p class="form-hint">{max_text.map(t)}</p> }
            >
                <button class="button button-secondary" id=add_id.clone() on:click=on_add.clone()>
                    {t(label)}
                </button>
            </Show>
        }
    });
    let remove = list
        .remove
        .filter(|_| !readonly)
        .map(|(_, rm, restore)| removal(record, at, list, &prefix, first_key, rm, restore));
    // A compact list is a few lines, drawn again when the list changes. Item boxes are keyed by
    // their place in the dossier: adding, removing or moving one draws only that box (drawing
    // them all again took 120 ms at 4x CPU for the agreement's seventh activity).
    let body = if list.compact {
        (move || {
            let all = items.get();
            let n = all.len();
            if n == 0 {
                return empty_state(list, readonly);
            }
            let rows = all
                .into_iter()
                .enumerate()
                .map(|(i, item)| compact_item(record, at, item, i, n, list, &prefix, readonly, remove))
                .collect_view();
            view! { <ol class="nobullet-list compact-list">{rows}</ol> }.into_any()
        })
        .into_any()
    } else {
        let empty = Memo::new(move |_| items.with(Vec::is_empty));
        let empty_text = move || empty.get().then(|| empty_state(list, readonly));
        view! {
            {empty_text}
            <For
                each=move || items.get()
                key=|item| *item
                children=move |item| item_box(record, at, item, items, list, &prefix, readonly, remove)
            />
        }
        .into_any()
    };
    view! {
        {body}
        {(!readonly).then_some(add)}
    }
}

/// What an empty list shows: its own text, or — read-only, where there is no button to add one —
/// the dash of an unanswered question, so that its heading does not stand over nothing.
fn empty_state(list: &'static List, readonly: bool) -> AnyView {
    match list.empty {
        Some(e) => view! { <p class="empty-state">{t(e)}</p> }.into_any(),
        None if readonly => view! { <p class="read-value">"–"</p> }.into_any(),
        None => ().into_any(),
    }
}

/// An item's heading: the list's own title for it, or its noun and its place in the list (which
/// changes when an item above it is removed).
fn title(
    record: Record,
    item: At,
    items: Memo<Vec<At>>,
    list: &'static List,
) -> impl Fn() -> String + Send + Sync + 'static {
    let l = lang();
    move || match list.title {
        Some(f) => record.dossier.with(|d| f(d, item, l)),
        None => {
            let i = items.with(|v| v.iter().position(|x| *x == item).unwrap_or(0));
            format!("{} {}", list.noun.get(l), i + 1)
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn item_box(
    record: Record,
    parent: At,
    item: At,
    items: Memo<Vec<At>>,
    list: &'static List,
    prefix: &str,
    readonly: bool,
    on_remove: Option<Callback<(At, String)>>,
) -> AnyView {
    // An item without an id of its own is keyed by its place (`At::index`), an item with one by it.
    let prefix = format!("{prefix}-{}", item_key(parent, item, item.index));
    let heading = title(record, item, items, list);
    if readonly {
        return view! {
            <section class="read-item">
                <h4>{heading}</h4>
                {render_all(record, item, list.nodes, &prefix, true)}
            </section>
        }
        .into_any();
    }
    let removable = list.removable.is_none_or(|f| record.dossier.with_untracked(|d| f(d, item)));
    let remove = list.remove.zip(on_remove).filter(|_| removable).map(|((label, ..), on_remove)| {
        let heading = title(record, item, items, list);
        let name = title(record, item, items, list);
        view! {
            <button class="button button-tertiary" on:click=move |_| on_remove.run((item, name()))>
                {t(label)} <span class="sr-only">": " {heading}</span>
            </button>
        }
    });
    view! {
        <fieldset class="list-item">
            <legend class="h4">{heading}</legend>
            {render_all(record, item, list.nodes, &prefix, false)}
            {remove}
        </fieldset>
    }
    .into_any()
}

/// One line of a compact list: the single question, numbered, with move and remove buttons.
#[allow(clippy::too_many_arguments)]
fn compact_item(
    record: Record,
    parent: At,
    item: At,
    i: usize,
    n: usize,
    list: &'static List,
    prefix: &str,
    readonly: bool,
    on_remove: Option<Callback<(At, String)>>,
) -> AnyView {
    let app = use_app();
    let Some(Node::Field(field)) = list.nodes.first() else {
        return ().into_any();
    };
    let l = lang();
    let label = format!("{} {}", field.label.get(l), i + 1);
    if readonly {
        let text = move || record.dossier.with(|d| or_dash((field.get)(d, item).show(&field.kind, d, l)));
        return view! { <li class="read-value">{text}</li> }.into_any();
    }
    let id = format!("{prefix}-{}-{}", item_key(parent, item, i), field.key);
    let value = Feeds::value(record, move |d| (field.get)(d, item));
    let set = move |v: Value| app.write(record.id, |d| (field.set)(d, item, v));
    let input = match field.kind {
        Kind::Date => view! {
            <DateField id=id.clone() label=label.clone() value=Signal::derive(move || value.get().date()) on_change=Callback::new(move |d| set(Value::Date(d))) />
            <span class="date-words">{move || value.get().date().map(|d| crate::domain::b2c::long_date(d, l)).unwrap_or_default()}</span>
        }
        .into_any(),
        _ => view! {
            <label class="form-label" for=id.clone()>{label.clone()}</label>
            <input type="text" class="form-input" id=id.clone() prop:value=move || value.get().text() on:input=move |ev| set(Value::Text(event_target_value(&ev))) />
        }
        .into_any(),
    };
    let moves = list.reorder.map(|mv| {
        let base = prefix.to_string();
        let go = move |up: bool| {
            app.write(record.id, |d| mv(d, item, up));
            let to = if up { i.saturating_sub(1) } else { (i + 1).min(n - 1) };
            focus_later(format!("{base}-{to}-{}", field.key));
        };
        view! {
            <button class="button button-secondary button-small" disabled=i == 0 on:click={
                let go = go.clone();
                move |_| go(true)
            }>
                <span aria-hidden="true">"↑"</span>
                <span class="sr-only">{tr("Flyt op:", "Move up:")} " " {label.clone()}</span>
            </button>
            <button class="button button-secondary button-small" disabled=i + 1 == n on:click=move |_| go(false)>
                <span aria-hidden="true">"↓"</span>
                <span class="sr-only">{tr("Flyt ned:", "Move down:")} " " {label.clone()}</span>
            </button>
        }
    });
    let remove = list.remove.zip(on_remove).map(|((text, ..), on_remove)| {
        let name = label.clone();
        view! {
            <button class="button button-tertiary button-small" on:click=move |_| on_remove.run((item, name.clone()))>
                {t(text)} <span class="sr-only">" " {label.clone()}</span>
            </button>
        }
    });
    view! {
        <li class="compact-item">
            <div class="point-row">{input} {moves} {remove}</div>
        </li>
    }
    .into_any()
}

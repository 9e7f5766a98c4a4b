//! AlmenKompas pages of a styringsdialog: the 20 points (the housing organisation's figures,
//! targets and plans; the municipality's focus), the six dialogue questions side by side, the
//! dashboard, and the printable preparation document. The logic is `domain::almenkompas`.

use crate::browser;
use crate::charts::almen as almen_chart;
use crate::components::chart::ChartFigure;
use crate::components::form::{described_by, FieldError, NumberField, TextArea, TextField};
use crate::components::table::ScrollBox;
use crate::components::toast::{removed_from, use_toasts, Origin, ToastKind};
use crate::domain::almenkompas::{
    self as ak, catalogue, community_figures, definition_of, followed_of, group_summary, status, status_of, trend_text,
    unit_of, Group, Point, PointData, Status, Trend, Verdict, POINTS, QUESTIONS,
};
use crate::domain::{number, Kind, Lang, Party, Tr};
use crate::i18n::{lang, t, tr};
use crate::routes::{Part, Route};
use crate::state::{use_app, Record};
use leptos::prelude::*;

fn me(record: Record) -> Party {
    record.local.with_untracked(|l| l.me)
}

fn num(x: f64, l: Lang) -> String {
    number::format(x, 2, l)
}

/// Changes the housing organisation's data on one point.
fn edit_point(record: Record, pid: &'static str, f: impl FnOnce(&mut PointData)) {
    use_app().write(record.id, move |d| {
        let p = d.almen.point_mut(pid);
        f(p);
        Some(&mut p.rev)
    });
}

/// A text field or area whose label carries a year or a point's id.
fn text_input(
    id: String,
    label: String,
    value: impl Fn() -> String + Send + Sync + 'static,
    set: impl Fn(String) + Send + Sync + 'static,
    area: bool,
) -> impl IntoView {
    let (value, on_input) = (Signal::derive(value), Callback::new(set));
    if area {
        view! { <TextArea id=id label=label value=value on_input=on_input /> }.into_any()
    } else {
        view! { <TextField id=id label=label value=value on_input=on_input /> }.into_any()
    }
}

/// A number field (empty is "missing") whose label carries a year or a point's id; `year` when
/// the number is a year.
fn number_input(
    id: String,
    label: String,
    value: impl Fn() -> Option<f64> + Send + Sync + 'static,
    set: impl Fn(Option<f64>) + Send + Sync + 'static,
    year: bool,
) -> impl IntoView {
    view! { <NumberField id=id label=label year=year value=Signal::derive(value) on_change=Callback::new(set) /> }
}

fn direction_arrow(t: Trend) -> &'static str {
    match t {
        Trend::Up => "↑",
        Trend::Down => "↓",
        Trend::Flat => "→",
        Trend::Unknown => "–",
    }
}

fn latest_text(s: &Status, l: Lang) -> String {
    match s.latest {
        Some((y, v)) => format!("{} ({y})", ak::amount(v, &s.unit, l)),
        None => Tr::new("Tal mangler", "Figure missing").get(l).to_string(),
    }
}

fn met_text(s: &Status, l: Lang) -> &'static str {
    s.standing().name().get(l)
}

/// The 20 points, grouped E/S/G.
#[component]
pub fn PointsPage(record: Record) -> impl IntoView {
    let housing = me(record) == Party::Housing;
    let own = point_signals(record);
    view! {
        <h1 tabindex="-1">{tr("AlmenKompas' 20 målepunkter", "The 20 AlmenKompas points")}</h1>
        <p class="font-lead">
            {if housing {
                tr("Skriv boligorganisationens nøgletal pr. år, et mål og handleplanen for de punkter, I arbejder med. Et år uden tal står som «mangler» – aldrig som 0.", "Enter the housing organisation's key figures per year, a target and the action plan for the points you work on. A year without a figure shows as “missing” – never as 0.")
            } else {
                tr("Markér de punkter, kommunen helst vil følge, og knyt dem til kommunens egne politiske mål. Boligorganisationens tal kommer med, når den sender dossieret.", "Mark the points the municipality most wants to follow and link them to the municipality's own policy goals. The housing organisation's figures arrive when it sends the dossier.")
            }}
        </p>
        <p class="form-hint">
            {tr("KPI-definitionerne er forslag: AlmenKompas' officielle KPI-ark er ikke offentligt. Hvert dossier kan tilpasse definition og enhed pr. punkt.", "The KPI definitions are suggestions: the official AlmenKompas KPI sheet is not public. Each dossier can adjust definition and unit per point.")}
            " " {format!("({} {})", tr("Katalogversion", "Catalogue version"), ak::CATALOGUE_VERSION)}
        </p>
        {Group::ALL.into_iter().map(|g| view! {
            <section class="worksheet-section" aria-labelledby=format!("group-{g:?}")>
                <h2 id=format!("group-{g:?}")>{t(g.name())}</h2>
                {POINTS.iter().zip(own.iter().copied()).filter(|(p, _)| p.group == g).map(|(p, own)| view! { <PointEditor record=record point=p own=own /> }).collect_view()}
            </section>
        }).collect_view()}
    }
}

/// One point's own part of the dossier, as signals of its own. [`point_signals`] sets them from
/// one effect that reads the dossier, and only when they changed: a keystroke in one point then
/// wakes that point's fields alone. (A memo per point kept the other 19 from recomputing, but
/// every node below a memo is still woken to check it: every field of the other 19 points, on
/// each key.)
#[derive(Clone, Copy)]
struct PointSignals {
    /// The housing organisation's figures, target, plan, definition and unit.
    data: RwSignal<Option<PointData>>,
    /// The municipality's marks.
    follow: RwSignal<Option<ak::Follow>>,
}

/// The 20 points' signals, in the order of `POINTS`, following the dossier (another tab's save,
/// an undo) from one effect.
fn point_signals(record: Record) -> Vec<PointSignals> {
    fn sync<T: Clone + PartialEq + Send + Sync + 'static>(signal: RwSignal<Option<T>>, now: Option<&T>) {
        if signal.with_untracked(|x| x.as_ref() != now) {
            signal.set(now.cloned());
        }
    }
    let own: Vec<PointSignals> = record.dossier.with_untracked(|d| {
        POINTS
            .iter()
            .map(|p| PointSignals {
                data: RwSignal::new(d.almen.point(p.id).cloned()),
                follow: RwSignal::new(d.almen.follows.get(p.id).cloned()),
            })
            .collect()
    });
    let signals = own.clone();
    Effect::new(move |_| {
        record.dossier.with(|d| {
            for (p, s) in POINTS.iter().zip(&signals) {
                sync(s.data, d.almen.point(p.id));
                sync(s.follow, d.almen.follows.get(p.id));
            }
        })
    });
    own
}

#[component]
fn PointEditor(record: Record, point: &'static Point, own: PointSignals) -> impl IntoView {
    let l = lang();
    let pid = point.id;
    let party = me(record);
    // The point's own data: a change to another point (a keystroke there) wakes nothing here.
    let (data, follow) = (own.data.read_only(), own.follow.read_only());
    let followed = Memo::new(move |_| follow.with(|f| followed_of(f.as_ref())));
    let st = Memo::new(move |_| data.with(|x| status_of(x.as_ref(), followed.get(), point, l)));
    let summary = move || {
        let s = st.get();
        let mark = if s.followed {
            format!(" · {}", tr("Kommunen følger", "Followed by the municipality"))
        } else {
            String::new()
        };
        // A point without figures says so once: its standing is «Tal mangler».
        match s.latest {
            Some(_) => format!("{} · {}{mark}", latest_text(&s, l), met_text(&s, l)),
            None => format!("{}{mark}", met_text(&s, l)),
        }
    };
    view! {
        <details class="details point-details" id=format!("point-{pid}")>
            <summary class="details-summary">
                <span class="point-name">{format!("{pid} {}", point.name.get(l))}</span>
                <span class="point-summary">{summary}</span>
            </summary>
            <div class="details-text">
                <p>{point.explain.get(l)}</p>
                <dl class="point-facts">
                    <div>
                        <dt>{tr("Foreslået KPI", "Suggested KPI")} " " <span class="badge">{tr("Forslag", "Suggestion")}</span></dt>
                        <dd>{point.kpi.get(l)}</dd>
                    </div>
                    <div><dt>{tr("Enhed (forslag)", "Unit (suggested)")}</dt><dd>{point.unit.get(l)}</dd></div>
                    <div><dt>{tr("Retning", "Direction")}</dt><dd>{t(point.direction.name())}</dd></div>
                    <div><dt>{tr("Forankring", "Anchored in")}</dt><dd>{point.anchor.get(l)}</dd></div>
                </dl>
                <h3>{tr("Boligorganisationen", "The housing organisation")}</h3>
                {if party == Party::Housing {
                    view! { <HousingForm record=record point=point data=data /> }.into_any()
                } else {
                    view! { <HousingView point=point data=data /> }.into_any()
                }}
                <h3>{tr("Kommunen", "The municipality")}</h3>
                {if party == Party::Municipality {
                    view! { <FollowForm record=record point=point follow=follow /> }.into_any()
                } else {
                    view! { <FollowView follow=follow /> }.into_any()
                }}
            </div>
        </details>
    }
}

#[component]
fn HousingForm(record: Record, point: &'static Point, data: ReadSignal<Option<PointData>>) -> impl IntoView {
    let l = lang();
    let pid = point.id;
    let get = move |f: fn(&PointData) -> String| data.with(move |d| d.as_ref().map(f).unwrap_or_default());
    let years = Memo::new(move |_| {
        data.with(|d| {
            d.as_ref().map(|p| p.series().into_iter().map(|(y, _)| y).collect::<Vec<_>>()).unwrap_or_default()
        })
    });
    let unit = move || data.with(|d| unit_of(d.as_ref(), point, l));
    let new_year = RwSignal::new(String::new());
    let year_error = RwSignal::new(false);
    let app = use_app();
    let toasts = use_toasts();
    let origin = Origin::here();
    // Removing a year: focus goes to the year that takes its place (or the one before it, or the
    // new year's field), and the toast can put the figure back.
    let remove_year = move |y: i32| {
        let Some(figure) =
            data.with_untracked(|d| d.as_ref().and_then(|p| p.figures.iter().find(|f| f.year == y).cloned()))
        else {
            return;
        };
        let (place, rest) = years.with_untracked(|v| {
            (v.iter().position(|x| *x == y).unwrap_or(0), v.iter().copied().filter(|x| *x != y).collect::<Vec<_>>())
        });
        edit_point(record, pid, move |p| p.figures.retain(|f| f.year != y));
        browser::focus_later(match rest.get(place.min(rest.len().saturating_sub(1))) {
            Some(next) => format!("fig-{pid}-{next}"),
            None => format!("year-{pid}"),
        });
        let title = record.dossier.with_untracked(|d| d.display_title());
        let title2 = title.clone();
        let undo = move || {
            let mut back = false;
            app.write(record.id, |d| {
                let p = d.almen.point_mut(pid);
                back = p.put_back(figure.clone());
                back.then_some(&mut p.rev)
            });
            // The year that came back, or (refused) the year entered again.
            let said =
                (format!("Tallene for {pid} i {y} er tilbage"), format!("The figures for {pid} in {y} are back"));
            origin.after_undo(format!("fig-{pid}-{y}"), back.then_some(said), &title2);
            if !back {
                let text = (
                    format!("Tallene for {pid} i {y} kunne ikke gendannes: året er skrevet ind igen."),
                    format!("The figures for {pid} in {y} could not be restored: the year has been entered again."),
                );
                toasts.show(ToastKind::Error, text, None);
            }
        };
        let text = removed_from(
            (format!("Tallene for {pid} i {y} er fjernet"), format!("The figures for {pid} in {y} were removed")),
            &title,
        );
        toasts.show(ToastKind::Info, text, Some((Tr::new("Fortryd", "Undo"), std::sync::Arc::new(undo))));
    };
    let add_year = move |_: ()| {
        let this_year = chrono::Datelike::year(&browser::today());
        let year = data.with_untracked(|d| ak::year_to_add(d.as_ref(), &new_year.get_untracked(), this_year, l));
        match year.ok() {
            Some(y) => {
                year_error.set(false);
                new_year.set(String::new());
                edit_point(record, pid, move |p| {
                    p.figure_mut(y);
                });
                browser::focus_later(format!("fig-{pid}-{y}"));
            }
            None => year_error.set(true),
        }
    };
    view! {
        {text_input(format!("def-{pid}"), format!("{} ({})", tr("Jeres KPI-definition", "Your KPI definition"), tr("tom: forslaget gælder", "empty: the suggestion applies")), move || get(|p| p.definition.clone()), move |v| edit_point(record, pid, |p| p.definition = v), true)}
        {text_input(format!("unit-{pid}"), format!("{} ({}: {})", tr("Enhed", "Unit"), tr("forslag", "suggestion"), point.unit.get(l)), move || get(|p| p.unit.clone()), move |v| edit_point(record, pid, |p| p.unit = v), false)}
        <div class="table-scroll">
        <table class="table table--compact figures-table">
            <caption>{move || format!("{} {} ({})", tr("Nøgletal pr. år for", "Key figures per year for"), pid, unit())}</caption>
            <thead><tr>
                <th scope="col">{tr("År", "Year")}</th>
                <th scope="col">{tr("Værdi", "Value")}</th>
                <th scope="col">{tr("Kilde", "Source")}</th>
                <th scope="col">{tr("Kommentar", "Comment")}</th>
                <th scope="col"><span class="sr-only">{tr("Handlinger", "Actions")}</span></th>
            </tr></thead>
            <tbody>
                <For each=move || years.get() key=|y| *y children=move |y| {
                    let fig = move |f: fn(&ak::Figure) -> String| data.with(move |d| d.as_ref().and_then(|p| p.figures.iter().find(|x| x.year == y)).map(f).unwrap_or_default());
                    let value = move || data.with(|d| d.as_ref().and_then(|p| p.figures.iter().find(|x| x.year == y)).and_then(|f| f.value));
                    view! {
                        <tr>
                            <th scope="row">{y}</th>
                            <td>{number_input(format!("fig-{pid}-{y}"), format!("{} {y}", tr("Værdi", "Value")), value, move |v| edit_point(record, pid, move |p| p.figure_mut(y).value = v), false)}</td>
                            <td>{text_input(format!("src-{pid}-{y}"), format!("{} {y}", tr("Kilde", "Source")), move || fig(|f| f.source.clone()), move |v| edit_point(record, pid, move |p| p.figure_mut(y).source = v), false)}</td>
                            <td>{text_input(format!("com-{pid}-{y}"), format!("{} {y}", tr("Kommentar", "Comment")), move || fig(|f| f.comment.clone()), move |v| edit_point(record, pid, move |p| p.figure_mut(y).comment = v), false)}</td>
                            <td>
                                <button type="button" class="button button-unstyled" on:click=move |_| remove_year(y)>
                                    {format!("{} {y}", tr("Fjern", "Remove"))}
                                </button>
                            </td>
                        </tr>
                    }
                } />
                <Show when=move || years.with(Vec::is_empty)>
                    <tr><td colspan="5" class="empty-state">{tr("Ingen tal endnu: tilføj et år herunder.", "No figures yet: add a year below.")}</td></tr>
                </Show>
            </tbody>
        </table>
        </div>
        <div class="add-year" class:form-error=move || year_error.get()>
            <label class="form-label" for=format!("year-{pid}")>{tr("Nyt år", "New year")}</label>
            <span class="form-hint" id=format!("year-{pid}-hint")>{tr("Tomt: året efter det seneste.", "Empty: the year after the latest.")}</span>
            <FieldError id=format!("year-{pid}-error") message=Signal::derive(move || year_error.get().then(|| tr("Skriv et årstal mellem 1900 og 2200.", "Write a year between 1900 and 2200.").to_string())) />
            <div class="button-row inline-row">
                <input
                    type="text"
                    inputmode="numeric"
                    class="form-input input-char-4"
                    id=format!("year-{pid}")
                    aria-describedby=move || described_by(Some(&format!("year-{pid}-hint")), year_error.get().then(|| format!("year-{pid}-error")).as_deref())
                    aria-invalid=move || year_error.get().then_some("true")
                    prop:value=move || new_year.get()
                    on:input=move |ev| new_year.set(event_target_value(&ev))
                    // Enter adds the year, as the button beside it does.
                    on:keydown=move |ev| if ev.key() == "Enter" { add_year(()) }
                />
                <button type="button" class="button button-secondary" on:click=move |_| add_year(())>{format!("{} ({pid})", tr("Tilføj år", "Add year"))}</button>
            </div>
        </div>
        {(pid == "S7").then(|| view! { <CommunityImport record=record /> })}
        <div class="inline-fields">
            {number_input(format!("target-{pid}"), format!("{} ({pid})", tr("Mål", "Target")), move || data.with(|d| d.as_ref().and_then(|p| p.target)), move |v| edit_point(record, pid, move |p| p.target = v), false)}
            {number_input(format!("targetyear-{pid}"), format!("{} ({pid})", tr("Målår", "Target year")), move || data.with(|d| d.as_ref().and_then(|p| p.target_year).map(f64::from)), move |v| edit_point(record, pid, move |p| p.target_year = crate::domain::number::year_of(v)), true)}
        </div>
        {text_input(format!("plan-{pid}"), format!("{} ({pid})", tr("Handleplan", "Action plan")), move || get(|p| p.plan.clone()), move |v| edit_point(record, pid, |p| p.plan = v), true)}
    }
}

/// "Lokalt fællesskab" from a Business2Community dossier's survey on this machine.
#[component]
fn CommunityImport(record: Record) -> impl IntoView {
    let app = use_app();
    let l = lang();
    // A memo: every change to any dossier (a keystroke on this page) re-reads the list, and
    // only a changed list (a partnership added, removed or renamed) redraws the choice.
    let partnerships = Memo::new(move |_| {
        app.visible_records()
            .into_iter()
            .filter(|r| r.dossier.with(|d| d.kind == Kind::Partnership))
            .map(|r| (r.id, r.dossier.with(|d| d.display_title())))
            .collect::<Vec<_>>()
    });
    let chosen = RwSignal::new(None::<uuid::Uuid>);
    // The choice while its partnership is still here: deleted in another tab, nothing is chosen.
    let current = Memo::new(move |_| chosen.get().filter(|id| partnerships.with(|ps| ps.iter().any(|(p, _)| p == id))));
    let figure = RwSignal::new(None::<usize>);
    let done = RwSignal::new(None::<String>);
    let offers = Memo::new(move |_| {
        current
            .get()
            .and_then(|id| app.record(id))
            .map(|r| r.dossier.with(|d| community_figures(d, l)))
            .unwrap_or_default()
    });
    let take = move |_| {
        let Some(i) = figure.get_untracked() else { return };
        let Some((_, _, f)) = offers.with_untracked(|o| o.get(i).cloned()) else { return };
        let (year, value, source) = (f.year, f.value, f.source.clone());
        edit_point(record, "S7", move |p| {
            let fig = p.figure_mut(year);
            fig.value = Some(value);
            fig.source = source;
        });
        done.set(Some(match l {
            Lang::Da => format!("{} % er sat ind for {year} med kilden.", num(value, l)),
            Lang::En => format!("{} % was entered for {year} with its source.", num(value, l)),
        }));
    };
    view! {
        <fieldset class="community-import">
            <legend class="form-label">{tr("Hent tallet fra et Business2Community-dossier", "Take the figure from a Business2Community dossier")}</legend>
            <Show
                when=move || !partnerships.with(Vec::is_empty)
                fallback=|| view! { <p class="form-hint">{tr("Der er ingen Business2Community-dossierer i denne browser.", "There are no Business2Community dossiers in this browser.")}</p> }
            >
                <div class="form-group">
                    <label class="form-label" for="s7-dossier">{tr("Partnerskab", "Partnership")}</label>
                    <select class="form-select" id="s7-dossier" on:change=move |ev| {
                        chosen.set(uuid::Uuid::parse_str(&event_target_value(&ev)).ok());
                        figure.set(None);
                        done.set(None);
                    }>
                        <option value="" selected=move || current.get().is_none()>{tr("Vælg …", "Choose …")}</option>
                        // Keyed by name too: a partnership renamed in another tab gets a new
                        // option, chosen still when it was; the others are left alone.
                        <For each=move || partnerships.get() key=|p| p.clone() let:p>
                            <option value=p.0.to_string() selected=move || current.get() == Some(p.0)>{p.1}</option>
                        </For>
                    </select>
                </div>
                <Show when=move || current.get().is_some()>
                    <Show
                        when=move || !offers.with(Vec::is_empty)
                        fallback=|| view! { <p class="form-hint">{tr("Partnerskabet har ingen måling med mindst 10 svar.", "The partnership has no measurement with at least 10 answers.")}</p> }
                    >
                        <div class="form-group">
                            <label class="form-label" for="s7-figure">{tr("Måling og indikator", "Measurement and indicator")}</label>
                            <select class="form-select" id="s7-figure" on:change=move |ev| figure.set(event_target_value(&ev).parse().ok())>
                                <option value="">{tr("Vælg …", "Choose …")}</option>
                                {move || offers.get().into_iter().enumerate().map(|(i, (_, _, f))| {
                                    let text = format!("{}: {} % – {}", f.year, num(f.value, l), f.source);
                                    view! { <option value=i.to_string()>{text}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                        <button type="button" class="button button-secondary" on:click=take disabled=move || figure.get().is_none()>{tr("Brug tallet", "Use the figure")}</button>
                    </Show>
                </Show>
                <p role="status" class="entry-ok">{move || done.get()}</p>
            </Show>
        </fieldset>
    }
}

#[component]
fn HousingView(point: &'static Point, data: ReadSignal<Option<PointData>>) -> impl IntoView {
    let l = lang();
    let pid = point.id;
    let unit = move || data.with(|d| unit_of(d.as_ref(), point, l));
    let def = move || data.with(|d| definition_of(d.as_ref(), point, l));
    move || {
        match data.get() {
        None => view! { <p class="empty-state">{tr("Boligorganisationen har ikke skrevet noget om punktet endnu.", "The housing organisation has not written anything on the point yet.")}</p> }.into_any(),
        Some(p) => view! {
            <p>{tr("Definition:", "Definition:")} " " {move || def().0} {move || def().1.then(|| view! { " " <span class="badge">{tr("Forslag", "Suggestion")}</span> })}</p>
            <ScrollBox label=format!("{} {pid}", tr("Nøgletal pr. år for", "Key figures per year for"))>
            <table class="table table--compact">
                <caption>{format!("{} {pid} ({})", tr("Nøgletal pr. år for", "Key figures per year for"), unit())}</caption>
                <thead><tr><th scope="col">{tr("År", "Year")}</th><th scope="col">{tr("Værdi", "Value")}</th><th scope="col">{tr("Kilde", "Source")}</th><th scope="col">{tr("Kommentar", "Comment")}</th></tr></thead>
                <tbody>
                    {p.figures.iter().map(|f| view! {
                        <tr>
                            <th scope="row">{f.year}</th>
                            <td>{f.value.map(|v| num(v, l)).unwrap_or_else(|| tr("mangler", "missing").into())}</td>
                            <td>{f.source.clone()}</td>
                            <td>{f.comment.clone()}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            </ScrollBox>
            <p>{tr("Mål:", "Target:")} " " {p.target.map(|v| num(v, l)).unwrap_or_else(|| "–".into())} {p.target_year.map(|y| format!(" ({y})"))}</p>
            <p>{tr("Handleplan:", "Action plan:")} " " {if p.plan.trim().is_empty() { "–".to_string() } else { p.plan.clone() }}</p>
        }.into_any(),
    }
    }
}

#[component]
fn FollowForm(record: Record, point: &'static Point, follow: ReadSignal<Option<ak::Follow>>) -> impl IntoView {
    let app = use_app();
    let pid = point.id;
    let edit = move |f: Box<dyn FnOnce(&mut ak::Follow)>| {
        app.write(record.id, move |d| {
            let x = d.almen.follow_mut(pid);
            f(x);
            Some(&mut x.rev)
        })
    };
    let get = move |f: fn(&ak::Follow) -> String| follow.with(move |x| x.as_ref().map(f).unwrap_or_default());
    let id = format!("follow-{pid}");
    view! {
        <div class="form-group-checkbox">
            <input type="checkbox" class="form-checkbox" id=id.clone()
                prop:checked=move || follow.with(|x| x.as_ref().is_some_and(|f| f.follow))
                on:change=move |ev| { let v = event_target_checked(&ev); edit(Box::new(move |f| f.follow = v)) } />
            <label class="form-label" for=id>{format!("{} ({pid})", tr("Kommunen vil følge dette punkt", "The municipality wants to follow this point"))}</label>
        </div>
        {text_input(format!("policy-{pid}"), format!("{} ({pid})", tr("Kommunens politiske mål, punktet understøtter (klimaplan, social- eller boligpolitik)", "The municipality's policy goals the point supports (climate plan, social or housing policy)")), move || get(|f| f.policy.clone()), move |v| edit(Box::new(move |f| f.policy = v)), true)}
        {text_input(format!("mcomment-{pid}"), format!("{} ({pid})", tr("Kommunens kommentar", "The municipality's comment")), move || get(|f| f.comment.clone()), move |v| edit(Box::new(move |f| f.comment = v)), true)}
    }
}

#[component]
fn FollowView(follow: ReadSignal<Option<ak::Follow>>) -> impl IntoView {
    move || {
        match follow.get() {
        Some(f) if f.follow || !f.policy.trim().is_empty() || !f.comment.trim().is_empty() => view! {
            <p>{if f.follow { tr("Kommunen vil følge dette punkt.", "The municipality wants to follow this point.") } else { tr("Kommunen har ikke valgt at følge punktet.", "The municipality has not chosen to follow the point.") }}</p>
            <p>{tr("Politiske mål:", "Policy goals:")} " " {f.policy.clone()}</p>
            <p>{tr("Kommentar:", "Comment:")} " " {f.comment.clone()}</p>
        }.into_any(),
        _ => view! { <p class="empty-state">{tr("Kommunen har ikke markeret punktet.", "The municipality has not marked the point.")}</p> }.into_any(),
    }
    }
}

/// The six dialogue questions: both parties' preparation side by side, and the agreed follow-up.
#[component]
pub fn QuestionsPage(record: Record) -> impl IntoView {
    let app = use_app();
    let party = me(record);
    let prep = move |p: Party, q: usize| {
        record.dossier.with(|d| d.almen.prep.get(p).map(|x| x.answers[q].clone()).unwrap_or_default())
    };
    view! {
        <h1 tabindex="-1">{tr("Dialogspørgsmål", "Dialogue questions")}</h1>
        <p class="font-lead">{tr("Guidens seks spørgsmål til styringsdialogen. Hver part forbereder sine svar; på mødet skriver I den aftalte opfølgning.", "The guide's six questions for the governance dialogue. Each party prepares its answers; at the meeting you write the agreed follow-up.")}</p>
        <p><a href=Route::Dossier { id: record.id, part: Part::DialoguePrint }.href()>{tr("Forberedelse til dialogmødet (udskrift)", "Preparation for the dialogue meeting (print)")}</a></p>
        {QUESTIONS.iter().enumerate().map(|(q, text)| {
            let column = move |p: Party| {
                let heading = match p { Party::Municipality => tr("Kommunens forberedelse", "The municipality's preparation"), _ => tr("Boligorganisationens forberedelse", "The housing organisation's preparation") };
                if p == party {
                    view! {
                        <div class="prep-column">
                            {text_input(format!("prep-{}-{q}", p.key()), format!("{heading} ({})", q + 1), move || prep(p, q), move |v| app.write(record.id, move |d| { let x = d.almen.prep.get_mut(p); x.answers[q] = v; Some(&mut x.rev) }), true)}
                        </div>
                    }.into_any()
                } else {
                    view! {
                        <div class="prep-column">
                            <h3 class="h5">{heading}</h3>
                            <p class="prep-text">{move || { let s = prep(p, q); if s.trim().is_empty() { tr("Ikke udfyldt endnu.", "Not filled in yet.").to_string() } else { s } }}</p>
                        </div>
                    }.into_any()
                }
            };
            view! {
                <section class="worksheet-section" aria-labelledby=format!("q-{q}")>
                    <h2 id=format!("q-{q}")>{format!("{}. {}", q + 1, text.get(lang()))}</h2>
                    <div class="side-by-side">
                        {column(Party::Housing)}
                        {column(Party::Municipality)}
                    </div>
                    {text_input(format!("agreed-{q}"), format!("{} ({})", tr("Aftalt opfølgning", "Agreed follow-up"), q + 1), move || record.dossier.with(|d| d.almen.agreed.follow_up[q].clone()), move |v| app.write(record.id, move |d| { d.almen.agreed.follow_up[q] = v; Some(&mut d.almen.agreed.rev) }), true)}
                </section>
            }
        }).collect_view()}
    }
}

/// The status table of one group.
fn group_table(statuses: Vec<Status>, g: Group, l: Lang) -> impl IntoView {
    view! {
        <ScrollBox label=t(g.name())>
        <table class="table table--compact dashboard-table">
            <caption>{t(g.name())}</caption>
            <thead><tr>
                <th scope="col">{tr("Målepunkt", "Point")}</th>
                <th scope="col">{tr("Seneste tal", "Latest figure")}</th>
                <th scope="col">{tr("Udvikling", "Trend")}</th>
                <th scope="col">{tr("Mål", "Target")}</th>
                <th scope="col">{tr("Status", "Status")}</th>
            </tr></thead>
            <tbody>
                {statuses.into_iter().filter(|s| s.point.group == g).map(|s| {
                    let words = trend_text(s.trend, s.verdict).get(l);
                    let class = match s.verdict { Verdict::Better => "trend-better", Verdict::Worse => "trend-worse", _ => "trend-neutral" };
                    view! {
                        <tr>
                            <th scope="row">
                                {format!("{} {}", s.point.id, s.point.name.get(l))}
                                {s.followed.then(|| view! { " " <span class="badge badge-info">{tr("Kommunen følger", "Followed")}</span> })}
                            </th>
                            <td class:missing=s.latest.is_none()>{latest_text(&s, l)}</td>
                            <td><span class=class aria-hidden="true">{direction_arrow(s.trend)}</span>" "<span class="trend-words">{words}</span></td>
                            <td>{s.target.map(|v| ak::amount(v, &s.unit, l)).unwrap_or_else(|| "–".into())}</td>
                            <td>{met_text(&s, l)}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        </ScrollBox>
    }
}

/// The dashboard: status per point grouped E/S/G, a chart per point, and the groups overall.
#[component]
pub fn DashboardPage(record: Record, #[prop(optional)] print: bool) -> impl IntoView {
    let l = lang();
    let statuses =
        Memo::new(move |_| record.dossier.with(|d| POINTS.iter().map(|p| status(&d.almen, p, l)).collect::<Vec<_>>()));
    let summaries =
        Memo::new(move |_| record.dossier.with(|d| Group::ALL.map(|g| (g, group_summary(&d.almen, g))).to_vec()));
    let with_figures = move || {
        statuses.with(|s| s.iter().filter(|s| s.latest.is_some()).map(|s| s.point).collect::<Vec<&'static Point>>())
    };
    let chosen = RwSignal::new(None::<&'static str>);
    let shown = move || chosen.get().or_else(|| with_figures().first().map(|p| p.id));
    // The charts stay on the page; a change of figures or of the chosen point draws into them.
    let overview = Memo::new(move |_| summaries.with(|s| almen_chart::groups_chart(s, l)));
    let point_chart = Memo::new(move |_| {
        let p = shown().and_then(catalogue::point)?;
        Some(record.dossier.with(|d| {
            let data = d.almen.point(p.id);
            let series =
                vec![(ak::Organisation::from_dossier(d).name, data.map(PointData::series).unwrap_or_default())];
            almen_chart::point_chart(p, &d.almen.unit(p, l), &series, data.and_then(|x| x.target), l)
        }))
    });
    view! {
        <h1 tabindex="-1">{tr("Overblik over målepunkterne", "Dashboard of the points")}</h1>
        {(!print).then(|| view! {
            <div class="button-row">
                <a class="button button-secondary" href=Route::Dossier { id: record.id, part: Part::DialoguePrint }.href()>{tr("Forberedelse til dialogmødet (udskrift)", "Preparation for the dialogue meeting (print)")}</a>
                <a class="button button-secondary" href=Route::Compare.href()>{tr("Sammenlign organisationer", "Compare organisations")}</a>
            </div>
        })}
        <ChartFigure id="groups-chart" drawn=overview height=220 />
        {move || { let s = statuses.get(); Group::ALL.into_iter().map(|g| group_table(s.clone(), g, l)).collect_view() }}
        <h2>{tr("Et punkt over årene", "One point over the years")}</h2>
        <Show when=move || !with_figures().is_empty() fallback=|| view! { <p class="empty-state">{tr("Ingen punkter har tal endnu.", "No point has figures yet.")}</p> }>
            <div class="form-group">
                <label class="form-label" for="dash-point">{tr("Målepunkt", "Point")}</label>
                <select class="form-select" id="dash-point" on:change=move |ev| chosen.set(catalogue::point(&event_target_value(&ev)).map(|p| p.id))>
                    {move || with_figures().into_iter().map(|p| view! { <option value=p.id selected=move || shown() == Some(p.id)>{format!("{} {}", p.id, p.name.get(l))}</option> }).collect_view()}
                </select>
            </div>
            <ChartFigure id="point-chart" drawn=Signal::derive(move || point_chart.get().unwrap_or_default()) height=260 text_shown=true />
        </Show>
    }
}

/// The preparation document for the dialogue meeting (A4).
#[component]
pub fn DialoguePrintPage(record: Record) -> impl IntoView {
    let l = lang();
    let d = record.dossier.get_untracked();
    let org = |p: Party| {
        d.parties.get(p).map(|x| x.organisation.clone()).filter(|s| !s.trim().is_empty()).unwrap_or_else(|| "–".into())
    };
    let statuses: Vec<Status> = POINTS.iter().map(|p| status(&d.almen, p, l)).collect();
    let plans: Vec<(&'static Point, String)> = POINTS
        .iter()
        .filter_map(|p| d.almen.point(p.id).filter(|x| !x.plan.trim().is_empty()).map(|x| (p, x.plan.clone())))
        .collect();
    let follows: Vec<(&'static Point, ak::Follow)> =
        POINTS.iter().filter_map(|p| d.almen.follows.get(p.id).filter(|f| f.follow).map(|f| (p, f.clone()))).collect();
    let prep = |p: Party, q: usize| {
        d.almen.prep.get(p).map(|x| x.answers[q].clone()).filter(|s| !s.trim().is_empty()).unwrap_or_else(|| "–".into())
    };
    view! {
        <article class="print-document">
            <div class="no-print button-row">
                <button class="button button-primary" on:click=move |_| { let _ = window().print(); }>{tr("Udskriv eller gem som PDF", "Print or save as PDF")}</button>
                <a class="button button-secondary" href=Route::Dossier { id: record.id, part: Part::Dashboard }.href()>{tr("Tilbage", "Back")}</a>
            </div>
            <h1 tabindex="-1">{tr("Forberedelse til dialogmødet", "Preparation for the dialogue meeting")}</h1>
            <p class="font-lead">{d.display_title()}</p>
            <dl class="point-facts">
                <div><dt>{tr("Kommune", "Municipality")}</dt><dd>{org(Party::Municipality)}</dd></div>
                <div><dt>{tr("Boligorganisation", "Housing organisation")}</dt><dd>{org(Party::Housing)}</dd></div>
                <div><dt>{tr("Udskrevet", "Printed")}</dt><dd>{crate::domain::b2c::long_date(browser::today(), l)}</dd></div>
            </dl>
            <h2>{tr("Målepunkterne", "The points")}</h2>
            {Group::ALL.into_iter().map(|g| group_table(statuses.clone(), g, l)).collect_view()}
            <h2>{tr("Kommunens fokus", "The municipality's focus")}</h2>
            {if follows.is_empty() {
                view! { <p>{tr("Kommunen har ikke markeret punkter endnu.", "The municipality has not marked any points yet.")}</p> }.into_any()
            } else {
                view! { <ul>{follows.into_iter().map(|(p, f)| view! { <li><strong>{format!("{} {}", p.id, p.name.get(l))}</strong>{(!f.policy.trim().is_empty()).then(|| format!(" – {}", f.policy))}{(!f.comment.trim().is_empty()).then(|| format!(" ({})", f.comment))}</li> }).collect_view()}</ul> }.into_any()
            }}
            <h2>{tr("Handleplaner", "Action plans")}</h2>
            {if plans.is_empty() {
                view! { <p>{tr("Ingen handleplaner endnu.", "No action plans yet.")}</p> }.into_any()
            } else {
                view! { <dl class="plans">{plans.into_iter().map(|(p, plan)| view! { <dt>{format!("{} {}", p.id, p.name.get(l))}</dt><dd>{plan}</dd> }).collect_view()}</dl> }.into_any()
            }}
            <h2>{tr("Dialogspørgsmål", "Dialogue questions")}</h2>
            {QUESTIONS.iter().enumerate().map(|(q, text)| view! {
                <section class="print-question">
                    <h3>{format!("{}. {}", q + 1, text.get(l))}</h3>
                    <div class="side-by-side">
                        <div><h4 class="h5">{tr("Boligorganisationen", "The housing organisation")}</h4><p class="prep-text">{prep(Party::Housing, q)}</p></div>
                        <div><h4 class="h5">{tr("Kommunen", "The municipality")}</h4><p class="prep-text">{prep(Party::Municipality, q)}</p></div>
                    </div>
                    <p><strong>{tr("Aftalt opfølgning:", "Agreed follow-up:")}</strong> " " {let a = d.almen.agreed.follow_up[q].clone(); if a.trim().is_empty() { "–".to_string() } else { a }}</p>
                </section>
            }).collect_view()}
        </article>
    }
}

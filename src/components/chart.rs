//! The one component that draws charts: it loads ECharts on first use (never on pages without
//! charts; a chart says so while ECharts is slow to come, and when it cannot be fetched, with
//! a «Prøv igen»), draws the option with the SVG renderer (crisp in print) and its axes' numbers in the
//! user's way of writing them, redraws when the option changes (after the next paint, keeping
//! the series' components), and disposes the chart when the page goes away; and
//! [`a_frame_later`], for a chart's data that changes as the user types.

use crate::charts::Drawn;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    type EChartsInstance;

    #[wasm_bindgen(js_namespace = echarts, js_name = init)]
    fn echarts_init(el: &web_sys::HtmlElement, theme: &JsValue, opts: &JsValue) -> EChartsInstance;

    /// Sets the labels of `option`'s value axes to write numbers with `mark` as the decimal
    /// mark (`tools/echarts-entry.js`: a formatter is a function, which an option in JSON cannot
    /// carry).
    #[wasm_bindgen(js_namespace = echarts, js_name = localNumbers)]
    fn local_numbers(option: &JsValue, mark: &str);

    #[wasm_bindgen(method, js_name = setOption)]
    fn set_option(this: &EChartsInstance, option: &JsValue, opts: &JsValue);

    #[wasm_bindgen(method)]
    fn resize(this: &EChartsInstance);

    #[wasm_bindgen(method)]
    fn dispose(this: &EChartsInstance);
}

thread_local! {
    /// The promise of ECharts being loaded (one `<script>` for the whole visit; forgotten if
    /// the script could not be fetched, so that the next try fetches it again).
    static LOADING: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
    /// Counts the «Prøv igen» of charts that could not be drawn: every such chart on the page
    /// tries again, not only the one whose button was used.
    static RETRY: ArcRwSignal<u32> = ArcRwSignal::new(0);
}

/// How long a chart waits for ECharts before it says that it is coming: a chart drawn sooner
/// (ECharts already in, or a fast link) never shows the words.
const SAY_LOADING_AFTER: std::time::Duration = std::time::Duration::from_millis(400);

const ECHARTS: &str = "assets/echarts.js";

/// Starts loading ECharts for a page that is about to draw a chart and is still fetching its
/// own module: both arrive together instead of one after the other, and the chart's own
/// [`load_echarts`] takes the same script. (A `<link rel="preload">` did the same, but Chromium
/// warned in the console when the page was left before its chart had asked for the file.)
pub fn preload_echarts() {
    let _ = load_echarts();
}

/// Loads `assets/echarts.js` once. The promise resolves to `true` once `window.echarts` is
/// there and to `false` if the script cannot be fetched (never rejects: a load started ahead of
/// its chart, which nobody awaits yet, must not end as an uncaught rejection).
fn load_echarts() -> js_sys::Promise {
    LOADING.with(|l| {
        if let Some(p) = l.borrow().as_ref() {
            return p.clone();
        }
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let settle = move |to: bool| {
                let _ = resolve.call1(&JsValue::NULL, &JsValue::from_bool(to));
            };
            if js_sys::Reflect::has(&window(), &JsValue::from_str("echarts")).unwrap_or(false) {
                return settle(true);
            }
            let Ok(script) = document().create_element("script") else { return settle(false) };
            let _ = script.set_attribute("src", ECHARTS);
            let loaded = settle.clone();
            let on_load = Closure::once_into_js(move || loaded(true));
            let failed_script = script.clone();
            let on_error = Closure::once_into_js(move || {
                failed_script.remove();
                LOADING.with(|l| *l.borrow_mut() = None);
                settle(false);
            });
            let _ = script.add_event_listener_with_callback("load", on_load.unchecked_ref());
            let _ = script.add_event_listener_with_callback("error", on_error.unchecked_ref());
            if let Some(head) = document().head() {
                let _ = head.append_child(&script);
            }
        });
        *l.borrow_mut() = Some(promise.clone());
        promise
    })
}

/// `source`, a frame later: it follows `source` once the browser has painted the frame in which
/// `source` changed. What is drawn from it (a chart's option, the table beside the chart) then
/// does not hold up showing the keystroke or click that changed it; changes meanwhile are taken
/// together.
pub fn a_frame_later<T: Clone + PartialEq + Send + Sync + 'static>(source: Memo<T>) -> Signal<T> {
    let shown = RwSignal::new(source.get_untracked());
    let waiting = StoredValue::new(false);
    Effect::new(move |_| {
        let same = source.with(|s| shown.with_untracked(|v| v == s));
        if same || waiting.get_value() {
            return;
        }
        waiting.set_value(true);
        leptos::task::spawn_local(async move {
            crate::browser::after_paint().await;
            let _ = waiting.try_set_value(false);
            if let Some(now) = source.try_get_untracked() {
                let _ = shown.try_set(now);
            }
        });
    });
    shown.into()
}

/// The components of an ECharts option and their settings' names, without the series: two
/// options of the same shape differ only in values and series.
fn shape(opt: &JsValue) -> String {
    let mut out = String::new();
    for key in js_sys::Object::keys(opt.unchecked_ref::<js_sys::Object>()).iter() {
        let name = key.as_string().unwrap_or_default();
        out.push_str(&name);
        out.push(':');
        let value = js_sys::Reflect::get(opt, &key).unwrap_or(JsValue::UNDEFINED);
        if name != "series" && value.is_object() {
            for inner in js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>()).iter() {
                out.push_str(&inner.as_string().unwrap_or_default());
                out.push(',');
            }
        }
        out.push(';');
    }
    out
}

/// A chart. `option` is the JSON from `charts::option_json`; `label` names the chart for
/// screen readers (the accessible table or text beside it carries the details). A new option
/// is drawn into the same ECharts instance: a page that shows another point or organisation
/// in one place keeps its `<Chart>` and changes the signals, so nothing is set up again.
#[component]
pub fn Chart(
    #[prop(into)] id: String,
    #[prop(into)] option: Signal<String>,
    #[prop(into)] label: Signal<String>,
    #[prop(default = 380)] height: u32,
) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    let chart_box = NodeRef::<leptos::html::Div>::new();
    let instance: StoredValue<Option<EChartsInstance>, LocalStorage> = StoredValue::new_local(None);
    // Set while ECharts loads for this chart: options arriving meanwhile are not a second start
    // (the start draws whatever the option is once ECharts is there).
    let starting = StoredValue::new(false);
    let failed = RwSignal::new(false);
    // Set once ECharts has taken longer than `SAY_LOADING_AFTER` for this chart.
    let loading = RwSignal::new(false);
    // Until the first drawing (or failure, or the chart's page going away first), the first page
    // has not settled (see `browser::Busy`).
    let busy = StoredValue::new(Some(crate::browser::Busy::new()));
    // The components of the option last drawn (see `shape`).
    let drawn_shape = StoredValue::new(String::new());
    // A new option waiting for the next paint to be over (see below).
    let waiting = StoredValue::new(None::<String>);
    // A page is drawn again when the language changes, so its charts with it.
    let mark = if crate::i18n::lang() == crate::domain::text::Lang::Da { "," } else { "." };
    let draw = move |json: &str| {
        let _ = instance.try_with_value(|i| {
            let (Some(i), Ok(opt)) = (i, js_sys::JSON::parse(json)) else { return };
            local_numbers(&opt, mark);
            // The same components as before: ECharts keeps them and replaces the series,
            // which is a third cheaper than starting over. Otherwise (a legend or a mark
            // line comes or goes) nothing of the last option may stay.
            let new_shape = shape(&opt);
            let same = drawn_shape.try_with_value(|s| *s == new_shape).unwrap_or(false);
            let opts = js_sys::Object::new();
            if same {
                let _ = js_sys::Reflect::set(&opts, &"replaceMerge".into(), &js_sys::Array::of1(&"series".into()));
            } else {
                let _ = js_sys::Reflect::set(&opts, &"notMerge".into(), &JsValue::TRUE);
            }
            i.set_option(&opt, &opts);
            let _ = drawn_shape.try_set_value(new_shape);
        });
    };
    Effect::new(move |_| {
        let json = option.get();
        if instance.with_value(Option::is_some) {
            // Redrawn once the browser has shown what the user's choice changed (the select,
            // a table, a caption): the chart follows a frame later instead of holding up that
            // frame. Options arriving meanwhile replace the waiting one.
            if waiting.with_value(Option::is_some) {
                waiting.set_value(Some(json));
                return;
            }
            waiting.set_value(Some(json));
            leptos::task::spawn_local(async move {
                crate::browser::after_paint().await;
                if let Some(Some(json)) = waiting.try_update_value(Option::take) {
                    draw(&json);
                }
            });
            return;
        }
        // Not drawn yet: a «Prøv igen» of any chart starts this one again if it failed.
        RETRY.with(|r| r.track());
        let Some(el) = node.get() else { return };
        if starting.get_value() {
            return;
        }
        starting.set_value(true);
        if failed.get_untracked() {
            failed.set(false);
        }
        set_timeout(
            move || {
                let waiting = instance.try_with_value(Option::is_none) == Some(true);
                if waiting && failed.try_get_untracked() == Some(false) {
                    let _ = loading.try_set(true);
                }
            },
            SAY_LOADING_AFTER,
        );
        let el: web_sys::HtmlElement = el.unchecked_into();
        // The chart may be gone (its page re-rendered) by the time ECharts has loaded: every
        // access after the await is a `try_`, and a chart made for a gone page is disposed.
        leptos::task::spawn_local(async move {
            if wasm_bindgen_futures::JsFuture::from(load_echarts()).await.ok().and_then(|v| v.as_bool()) != Some(true) {
                let _ = busy.try_set_value(None);
                let _ = loading.try_set(false);
                let _ = failed.try_set(true);
                let _ = starting.try_set_value(false);
                return;
            }
            let Some(json) = option.try_get_untracked() else { return };
            let opts = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&opts, &"renderer".into(), &"svg".into());
            let chart = echarts_init(&el, &JsValue::NULL, &opts);
            if let Some(Some(orphan)) = instance.try_set_value(Some(chart)) {
                orphan.dispose();
                return;
            }
            draw(&json);
            let _ = loading.try_set(false);
            let _ = busy.try_set_value(None);
        });
    });
    let fit = move || {
        instance.with_value(|i| {
            if let Some(i) = i {
                i.resize();
            }
        });
    };
    let resize = window_event_listener(leptos::ev::resize, move |_| fit());
    // Printing changes the page's width: redraw at the printed size, and back afterwards.
    let before = window_event_listener(leptos::ev::Custom::<web_sys::Event>::new("beforeprint"), move |_| fit());
    let after = window_event_listener(leptos::ev::Custom::<web_sys::Event>::new("afterprint"), move |_| fit());
    on_cleanup(move || {
        resize.remove();
        before.remove();
        after.remove();
        instance.with_value(|i| {
            if let Some(i) = i {
                i.dispose();
            }
        });
    });
    // The button goes away as the chart tries again: the focus stays where it was, on the
    // chart's box, instead of falling back to the top of the page.
    let retry = move |_| {
        if let Some(b) = chart_box.get_untracked() {
            let _ = b.focus();
        }
        RETRY.with(|r| r.update(|n| *n += 1));
    };
    view! {
        <div class="chart-box" tabindex="-1" node_ref=chart_box>
            <div id=id node_ref=node class="chart" role="img" aria-label=move || label.get() style:height=format!("{height}px")></div>
            // Over the chart's empty box while it is not drawn; a live region, so a screen
            // reader hears that the chart is coming or could not be drawn.
            <div class="chart-state" role="status">
                <Show when=move || loading.get()>
                    <p class="chart-loading">{crate::i18n::tr("Diagrammet hentes …", "Loading the chart …")}</p>
                </Show>
                <Show when=move || failed.get()>
                    <p class="form-error-message">
                        {crate::i18n::tr(
                            "Diagrammet kunne ikke hentes. Tjek forbindelsen, og prøv igen. Tallene står også i tabellen eller teksten ved diagrammet.",
                            "The chart could not be loaded. Check the connection and try again. The figures are also in the table or text beside the chart.",
                        )}
                    </p>
                    <button type="button" class="button button-secondary" on:click=retry>
                        {crate::i18n::tr("Prøv igen", "Try again")}
                    </button>
                </Show>
            </div>
        </div>
    }
}

/// A captioned chart with its text: `<figure>`, the caption, the chart (labelled with the
/// text) and the text itself, shown beside the chart (`text_shown`) or for screen readers only.
/// The figure stays on the page; a new `drawn` is drawn into the same chart.
#[component]
pub fn ChartFigure(
    #[prop(into)] id: String,
    #[prop(into)] drawn: Signal<Drawn>,
    #[prop(default = 380)] height: u32,
    #[prop(optional)] text_shown: bool,
) -> impl IntoView {
    let part = move |f: fn(&Drawn) -> String| move || drawn.with(f);
    view! {
        <figure class="trend-figure">
            <figcaption>{part(|d| d.caption.clone())}</figcaption>
            <Chart id=id option=Signal::derive(part(|d| d.option.clone())) label=Signal::derive(part(|d| d.text.clone())) height=height />
            <p class=if text_shown { "chart-text" } else { "sr-only" }>{part(|d| d.text.clone())}</p>
        </figure>
    }
}

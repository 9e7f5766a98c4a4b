//! Thin glue to the browser for what the domain must not touch: the clock, randomness,
//! downloads and focus. Nothing here panics when an API is missing.

use chrono::{DateTime, Utc};
use uuid::Uuid;
use wasm_bindgen::JsCast;

/// The current time, from the browser's clock.
pub fn now() -> DateTime<Utc> {
    let ms = js_sys::Date::now();
    DateTime::<Utc>::from_timestamp_millis(ms as i64).unwrap_or_default()
}

/// Fills `buf` from the browser's cryptographic random source (a time-seeded fallback if absent).
pub fn random_bytes(buf: &mut [u8]) {
    let ok =
        web_sys::window().and_then(|w| w.crypto().ok()).is_some_and(|c| c.get_random_values_with_u8_array(buf).is_ok());
    if !ok {
        let mut x = (js_sys::Date::now() as u64) ^ ((js_sys::Math::random() * 1e15) as u64);
        for b in buf.iter_mut() {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            *b = x as u8;
        }
    }
}

/// A new random (version 4) UUID.
pub fn new_id() -> Uuid {
    let mut bytes = [0u8; 16];
    random_bytes(&mut bytes);
    uuid::Builder::from_random_bytes(bytes).into_uuid()
}

/// A random id for a survey response: 16 hex digits.
pub fn response_id() -> String {
    let mut b = [0u8; 8];
    random_bytes(&mut b);
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Today's date in the user's time zone (responses carry no time finer than the date).
pub fn today() -> chrono::NaiveDate {
    let d = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date()).unwrap_or_default()
}

/// Offers `text` to the user as a file download.
pub fn download(filename: &str, text: &str, mime: &str) -> Result<(), String> {
    let err = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(err)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(err)?;
    let doc = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = doc.create_element("a").map_err(err)?.unchecked_into();
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// The element that has keyboard focus now, if any.
pub fn active_element() -> Option<web_sys::Element> {
    web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element())
}

thread_local! {
    /// What had focus when the last navigation started, until the new page's heading has it.
    static PENDING_FOCUS: std::cell::RefCell<Option<Option<web_sys::Element>>> = const { std::cell::RefCell::new(None) };
}

/// After a navigation: once the new page is drawn, its heading gets the focus (see
/// [`focus_main_heading_unless_moved`]).
pub fn focus_heading_after_navigation(before: Option<web_sys::Element>) {
    PENDING_FOCUS.with(|p| *p.borrow_mut() = Some(before));
    focus_heading_when_drawn();
}

/// In the next frame, if a navigation waits for its page's heading and the heading is there,
/// focuses it. A page whose code is loaded lazily calls this again once it is drawn.
pub fn focus_heading_when_drawn() {
    leptos::prelude::request_animation_frame(|| {
        let drawn = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.query_selector("main h1").ok().flatten().is_some());
        if drawn {
            if let Some(before) = PENDING_FOCUS.with(|p| p.borrow_mut().take()) {
                focus_main_heading_unless_moved(before);
            }
        }
    });
}

/// Moves focus to the new page's heading, unless the user has already put
/// it somewhere else in the meantime (a click into a field right after the page appeared must
/// not lose its keystrokes to the heading). `before` is what had focus when the route changed.
fn focus_main_heading_unless_moved(before: Option<web_sys::Element>) {
    if !focus_moved_since(before.as_ref()) {
        focus_main_heading();
    }
}

/// Whether the user has put the focus somewhere else since `before` had it. Focus back on the
/// page's body does not count: that is where it falls when the clicked element goes away.
fn focus_moved_since(before: Option<&web_sys::Element>) -> bool {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let body: Option<web_sys::Element> = doc.body().map(Into::into);
    doc.active_element().is_some_and(|now| Some(&now) != body.as_ref() && Some(&now) != before)
}

/// Moves keyboard focus to the page's main heading (after a navigation).
pub fn focus_main_heading() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(Some(h)) = doc.query_selector("main h1") {
        if let Ok(h) = h.dyn_into::<web_sys::HtmlElement>() {
            let _ = h.focus();
        }
    }
}

/// Sets the document's title (what the tab and screen readers announce), when it changes.
pub fn set_document_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        if doc.title() != title {
            doc.set_title(title);
        }
    }
}

/// Loads the page again (after a part of the app could not be fetched).
pub fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Sets `<html lang>` so screen readers speak the right language.
pub fn set_document_lang(tag: &str) {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = el.set_attribute("lang", tag);
    }
}

fn js_date(at: DateTime<Utc>) -> js_sys::Date {
    js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at.timestamp_millis() as f64))
}

/// A time of day in the user's time zone, e.g. "09.30" (Danish) or "09:30" (English), as
/// `Intl` writes them. Written from the local hour and minute (`domain::text::clock`): the save
/// indicator shows the time of every autosave, and the browser's first `Intl` formatter took
/// 160 ms at 4x CPU, in the middle of someone's typing.
pub fn format_time(at: DateTime<Utc>, lang: crate::domain::Lang) -> String {
    let d = js_date(at);
    crate::domain::text::clock(d.get_hours(), d.get_minutes(), lang)
}

/// A date and time in the user's time zone, e.g. "22. nov. 2026, 09.30", as `Intl` writes it
/// (`domain::text::date_time`), from the local date and time of day: the front page shows one per
/// dossier, and the browser's first `Intl` formatter held up its first paint by 80–180 ms at 4x
/// CPU.
pub fn format_datetime(at: DateTime<Utc>, lang: crate::domain::Lang) -> String {
    let d = js_date(at);
    crate::domain::text::date_time(
        d.get_full_year() as i32,
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes(),
        lang,
    )
}

/// Puts focus on an element after the next render (e.g. the field a button just added), unless
/// the user has meanwhile put focus somewhere else: a fast typist's text never lands in the
/// field this would have moved to. If the element is not on the page shown, the focus goes to
/// the page's main heading, never to the body.
pub fn focus_later(id: String) {
    let before = active_element();
    leptos::prelude::request_animation_frame(move || {
        if focus_moved_since(before.as_ref()) {
            return;
        }
        let el = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&id));
        match el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            Some(el) => drop(el.focus()),
            // E.g. a deleted dossier's «Fortryd» used from another page.
            None => focus_main_heading(),
        }
    });
}

/// The bytes of a file the user chose or dropped.
pub async fn read_file(file: &web_sys::File) -> Result<Vec<u8>, ()> {
    let buf = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await.map_err(|_| ())?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

fn call_method(target: &wasm_bindgen::JsValue, name: &str, args: &[wasm_bindgen::JsValue]) -> Option<js_sys::Promise> {
    let f = js_sys::Reflect::get(target, &name.into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    let r = match args {
        [] => f.call0(target),
        [a] => f.call1(target, a),
        _ => return None,
    };
    r.ok()?.dyn_into::<js_sys::Promise>().ok()
}

thread_local! {
    /// How many [`Busy`] the first page still waits for; `None` once it has settled.
    static BUSY: std::cell::Cell<Option<u32>> = const { std::cell::Cell::new(Some(0)) };
}

/// Something the first page shown still waits for: the main module's first paint, the page's
/// own module, a chart's ECharts and first drawing. When the last is dropped and a frame has been
/// painted, the page has settled, and only then does the app fetch what no page needs in order
/// to be shown: the fonts (until then the text is in a local face sized like them, see
/// style/app.css) and the offline copy (about 0.9 MB, which the service worker's install
/// fetches). On a slow link these would otherwise share it with the page's own code: the fonts
/// alone are 52 KiB. Later pages do not count.
pub struct Busy(());

impl Busy {
    pub fn new() -> Busy {
        BUSY.with(|b| b.set(b.get().map(|n| n + 1)));
        Busy(())
    }
}

impl Drop for Busy {
    fn drop(&mut self) {
        let last = BUSY.with(|b| {
            b.set(b.get().map(|n| n.saturating_sub(1)));
            b.get() == Some(0)
        });
        if last {
            wasm_bindgen_futures::spawn_local(async {
                after_paint().await;
                // Nothing new started meanwhile (a page's module after the first paint).
                if BUSY.with(|b| b.get() == Some(0) && b.replace(None).is_some()) {
                    register_service_worker();
                    add_link("stylesheet", FONTS);
                }
            });
        }
    }
}

/// The fonts' stylesheet. index.html's inline script (tools/split.mjs) adds it at once to a page
/// the service worker serves: the fonts then come from the offline copy, sharing nothing.
const FONTS: &str = "assets/fonts.css";

/// Adds `<link rel=… href=…>` to the document's head, unless a link to `href` is there.
fn add_link(rel: &str, href: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if doc.query_selector(&format!("link[href=\"{href}\"]")).ok().flatten().is_some() {
        return;
    }
    let Ok(link) = doc.create_element("link") else { return };
    let _ = link.set_attribute("rel", rel);
    let _ = link.set_attribute("href", href);
    if let Some(head) = doc.head() {
        let _ = head.append_child(&link);
    }
}

/// Registers the service worker that keeps the app's files for offline use (see `tools/sw.js`).
/// Only over http(s) and where the browser has service workers; failures are silent (the app
/// works online without it).
fn register_service_worker() {
    let Some(w) = web_sys::window() else { return };
    let proto = w.location().protocol().unwrap_or_default();
    if proto != "http:" && proto != "https:" {
        return;
    }
    let Ok(sw) = js_sys::Reflect::get(&w.navigator(), &"serviceWorker".into()) else { return };
    if sw.is_undefined() {
        return;
    }
    if let Some(p) = call_method(&sw, "register", &["./sw.js".into()]) {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(p).await;
        });
    }
}

/// Asks for full screen (needs a tap or click to be allowed); ignored where refused.
pub fn enter_fullscreen() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if doc.fullscreen_element().is_some() {
        return;
    }
    if let Some(el) = doc.document_element() {
        if let Some(p) = call_method(&el, "requestFullscreen", &[]) {
            wasm_bindgen_futures::spawn_local(async move {
                let _ = wasm_bindgen_futures::JsFuture::from(p).await;
            });
        }
    }
}

pub fn exit_fullscreen() {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        if doc.fullscreen_element().is_some() {
            doc.exit_fullscreen();
        }
    }
}

/// Whether the Screen Wake Lock API exists in this browser.
pub fn wake_lock_supported() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"wakeLock".into()).ok())
        .is_some_and(|v| !v.is_undefined())
}

/// Asks the browser to keep the screen on; `Ok` when it does. (The lock ends when the page is
/// hidden; call again when it is shown.)
pub async fn keep_screen_awake() -> Result<(), ()> {
    let nav = web_sys::window().ok_or(())?.navigator();
    let lock = js_sys::Reflect::get(&nav, &"wakeLock".into()).map_err(|_| ())?;
    if lock.is_undefined() {
        return Err(());
    }
    let p = call_method(&lock, "request", &["screen".into()]).ok_or(())?;
    wasm_bindgen_futures::JsFuture::from(p).await.map(|_| ()).map_err(|_| ())
}

/// Lets the browser draw before going on (a long loop stays responsive and shows progress).
pub async fn next_frame() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
}

/// Resolves after the browser has painted the next frame (a timeout started from that frame's
/// animation callback): work done then does not delay showing what the user's input changed.
pub async fn after_paint() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        let Some(w) = web_sys::window() else { return };
        let later = wasm_bindgen::closure::Closure::once_into_js(move || {
            if let Some(w) = web_sys::window() {
                let _ = w.set_timeout_with_callback(resolve.unchecked_ref());
            }
        });
        let _ = w.request_animation_frame(later.unchecked_ref());
    });
    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
}

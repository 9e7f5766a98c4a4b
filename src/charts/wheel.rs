//! The årshjul (annual wheel) as the guide draws it: a circle of twelve months with each activity
//! placed in its months, coloured by who is responsible.

use crate::charts::{COMPANY, HOUSING, TOGETHER};
use crate::domain::b2c::{Month, Responsible, WheelEntry};
use crate::domain::Lang;
use charming::datatype::DataPointItem;
use charming::element::{ItemStyle, Label, LabelPosition, Tooltip, Trigger};
use charming::series::Pie;
use charming::Chart;

pub fn colour(r: Responsible) -> &'static str {
    match r {
        Responsible::Housing => HOUSING,
        Responsible::Company => COMPANY,
        Responsible::Together => TOGETHER,
    }
}

/// The activities of one month, in the order of the list (deleted entries left out).
pub fn in_month(entries: &[WheelEntry], m: Month) -> Vec<&WheelEntry> {
    entries.iter().filter(|e| !e.deleted && e.months.contains(&m)).collect()
}

/// The wheel: the inner ring names the months (January at the top, clockwise); the outer ring
/// splits each month between its activities.
pub fn wheel(entries: &[WheelEntry], lang: Lang) -> Chart {
    let months: Vec<DataPointItem> = Month::all()
        .map(|m| {
            let shade = if m.number() % 2 == 0 { "#e6e6e6" } else { "#f2f2f2" };
            DataPointItem::new(1)
                .name(m.short().get(lang))
                .item_style(ItemStyle::new().color(shade).border_color("#ffffff"))
        })
        .collect();
    let mut activities: Vec<DataPointItem> = Vec::new();
    for m in Month::all() {
        let here = in_month(entries, m);
        if here.is_empty() {
            activities.push(
                DataPointItem::new(1).name("").item_style(ItemStyle::new().color("#fafafa").border_color("#ffffff")),
            );
            continue;
        }
        let share = 1.0 / here.len() as f64;
        for e in here {
            let name = if e.name.trim().is_empty() { "–".to_string() } else { short(e.name.trim(), 14) };
            activities.push(
                DataPointItem::new(share)
                    .name(name)
                    .item_style(ItemStyle::new().color(colour(e.responsible)).border_color("#ffffff")),
            );
        }
    }
    Chart::new()
        .tooltip(Tooltip::new().trigger(Trigger::Item).formatter("{b}"))
        .series(
            Pie::new()
                .name("months")
                .radius(vec!["22%", "44%"])
                .start_angle(90)
                .label(Label::new().show(true).position(LabelPosition::Inside).color("#1a1a1a").font_size(12))
                .data(months),
        )
        .series(
            Pie::new()
                .name("activities")
                .radius(vec!["46%", "88%"])
                .start_angle(90)
                .label(Label::new().show(true).position(LabelPosition::Inside).color("#ffffff").font_size(11))
                .data(activities),
        )
}

/// A label short enough for a slice of the wheel (the table has the whole name).
fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(max - 1).collect::<String>())
    }
}

/// The wheel in words, for screen readers (the table beside it has the details).
pub fn describe(entries: &[WheelEntry], lang: Lang) -> String {
    let n = entries.iter().filter(|e| !e.deleted).count();
    match lang {
        Lang::Da => {
            format!("Årshjul med tolv måneder og {n} aktiviteter, farvet efter ansvar. Se tabellen for detaljer.")
        }
        Lang::En => format!(
            "Annual wheel of twelve months with {n} activities, coloured by responsibility. See the table for details."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;
    use uuid::Uuid;

    fn entry(n: u128, name: &str, months: &[u8], r: Responsible) -> WheelEntry {
        let mut e = WheelEntry::new(Uuid::from_u128(n), DateTime::default());
        e.name = name.into();
        e.responsible = r;
        for m in months {
            e.toggle_month(Month::new(*m).unwrap());
        }
        e
    }

    #[test]
    fn each_month_is_split_between_its_activities() {
        let entries = vec![
            entry(1, "Sommerfest", &[6, 7], Responsible::Together),
            entry(2, "Julefest", &[12], Responsible::Housing),
            entry(3, "Praktik", &[6], Responsible::Company),
        ];
        let json: serde_json::Value = serde_json::to_value(wheel(&entries, Lang::Da)).unwrap();
        let months = json["series"][0]["data"].as_array().unwrap();
        assert_eq!(months.len(), 12);
        assert_eq!(months[0]["name"], "jan");
        let acts = json["series"][1]["data"].as_array().unwrap();
        // 9 empty months + June (2) + July (1) + December (1)
        assert_eq!(acts.len(), 13);
        let june: Vec<_> = acts.iter().filter(|a| a["value"] == 0.5).map(|a| a["name"].as_str().unwrap()).collect();
        assert_eq!(june, ["Sommerfest", "Praktik"]);
        let december = acts.iter().find(|a| a["name"] == "Julefest").unwrap();
        assert_eq!(december["itemStyle"]["color"], HOUSING);
    }

    #[test]
    fn long_names_are_shortened_on_the_wheel() {
        assert_eq!(short("Fællesspisning i fælleshuset", 14), "Fællesspisnin…");
        assert_eq!(short("Julefest", 14), "Julefest");
    }

    #[test]
    fn deleted_entries_are_left_out() {
        let mut e = entry(1, "Væk", &[3], Responsible::Company);
        e.deleted = true;
        assert!(in_month(&[e.clone()], Month::new(3).unwrap()).is_empty());
        assert!(describe(&[e], Lang::Da).contains("0 aktiviteter"));
    }
}

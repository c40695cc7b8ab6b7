//! One generated GDELT 2.0 row, for the benches that read GDELT: event `i` of 100 actors,
//! dated within the twelve months of 2023, one row in ten accusation-like (`1123`).

/// Row `i`: 61 tab-separated columns and a newline; the event id is `1_100_000_000 + i`.
pub fn row(i: usize) -> String {
    let mut cols = vec![String::new(); 61];
    cols[0] = (1_100_000_000 + i).to_string();
    cols[1] = format!("2023{:02}{:02}", 1 + i % 12, 1 + i % 28);
    cols[2] = "202311".into();
    cols[3] = "2023".into();
    cols[4] = "2023.8822".into();
    cols[5] = format!("C{:02}GOV", i % 100);
    cols[6] = format!("COUNTRY {}", i % 100);
    cols[7] = format!("C{:02}", i % 100);
    cols[12] = "GOV".into();
    cols[15] = format!("C{:02}", (i * 7 + 3) % 100);
    cols[16] = format!("NATION {}", (i * 7 + 3) % 100);
    cols[26] = if i.is_multiple_of(10) { "1123" } else { "042" }.into();
    cols[27] = cols[26][..3].to_string();
    cols[28] = cols[26][..2].to_string();
    cols[29] = "3".into();
    cols[30] = "-2.0".into();
    cols[34] = "-4.1".into();
    cols[36] = "Helsinki, Uusimaa, Finland".into();
    cols[40] = "60.1756".into();
    cols[41] = "24.9342".into();
    cols[59] = "20231120143000".into();
    cols[60] = format!("https://news.example.org/2023/11/20/story-{}", i % 300);
    cols.join("\t") + "\n"
}

## Twin hospitals

hospitals-title = <b>🏥 Лікарні-побратими</b>
    Українські лікарні та їхні партнери за кордоном, за країнами. Натисніть на лікарню, щоб побачити її стажування.
hospitals-pair = • { $partner } ↔ 🇺🇦 { $ukrainian }
hospitals-none = Побратимство ще не записане.
hospitals-twins = 🤝 Побратими:
hospitals-no-twins = 🤝 Лікарню-побратима ще не записано.
hospitals-signed = {" "}(меморандум підписано { $date })
hospitals-open = { $count ->
    [one] 🔎 { $count } відкрите стажування:
    [few] 🔎 { $count } відкриті стажування:
    [many] 🔎 { $count } відкритих стажувань:
   *[other] 🔎 { $count } відкритого стажування:
}
hospitals-open-none = Зараз тут немає відкритих стажувань.
hospitals-back = ◀️ Усі лікарні-побратими

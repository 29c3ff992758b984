#pragma once

// A small cue set and two requirement profiles for the coverage and gaps GUI tests, so that
// they test the windows apart from the shipped cue data (shapes as in tests/unit/tst_coverage.cpp).

#include "coveragemodel.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace cwguitest {

inline const QByteArray testCues = R"json({
  "version": 1,
  "order": ["contact", "retention", "rights", "children"],
  "topics": {
    "contact": {"name": {"en": "Contact", "ru": "Контакты"},
                "headings": {"en": ["contact*"], "ru": ["контакт*"]},
                "sentences": {"en": [{"cue": "write … to"}], "ru": [{"cue": "напиш* … нам"}]}},
    "retention": {"name": {"en": "Retention", "ru": "Хранение"},
                  "headings": {"en": ["retention", "how long … keep"], "ru": ["хранени*"]},
                  "sentences": {"en": [{"cue": "retain|keep … for … year*|month*"}],
                                "ru": [{"cue": "хран* … в течение"}]}},
    "rights": {"name": {"en": "Your rights", "ru": "Права"},
               "headings": {"en": ["your rights"], "ru": ["права … субъект*"]},
               "sentences": {"en": [{"cue": "right … to … access|erasure|delete*|rectif*"}],
                             "ru": [{"cue": "прав* … на … доступ|удален*|уточнен*"}]}},
    "children": {"name": {"en": "Children", "ru": "Дети"},
                 "headings": {"en": ["children"], "ru": ["дет*"]},
                 "sentences": {"en": [{"cue": "under … 13|16 … age|year*"}], "ru": [{"cue": "несовершеннолетн*"}]}}
  }
})json";

inline const QByteArray testProfiles = R"json({
  "version": 1,
  "profiles": {
    "gdpr": {
      "name": {"en": "Test GDPR", "ru": "Тестовый GDPR"},
      "requirements": [
        {"id": "g.contact", "topic": "contact", "title": {"en": "Contact details", "ru": "Контактные данные"},
         "citation": "Art. 13(1)(a)"},
        {"id": "g.retention", "topic": "retention", "title": {"en": "Retention period", "ru": "Срок хранения"},
         "citation": "Art. 13(2)(a)", "narrower": {"en": ["year*|month*|day*"], "ru": ["лет|год*|месяц*"]}},
        {"id": "g.rights", "topic": "rights", "title": {"en": "Rights", "ru": "Права"}, "citation": "Art. 13(2)(b)",
         "narrower_all": [{"en": ["access"], "ru": ["доступ*"]}, {"en": ["erasure|delete*"], "ru": ["удален*"]},
                          {"en": ["portab*"], "ru": ["переносим*"]}]},
        {"id": "g.children", "topic": "children", "title": {"en": "Children", "ru": "Дети"}, "citation": "Art. 8",
         "condition": {"en": "Only if the service is for children", "ru": "Только если сервис для детей",
                       "cues": {"en": ["kid*|pupil*"], "ru": ["школьник*"]}}}
      ]
    },
    "ru152": {
      "name": {"en": "Test 152-FZ", "ru": "Тестовый 152-ФЗ"},
      "requirements": [
        {"id": "r.retention", "topic": "retention", "title": {"en": "Periods of processing", "ru": "Сроки обработки"},
         "citation": "Art. 18.1"},
        {"id": "r.children", "topic": "children", "title": {"en": "Minors", "ru": "Несовершеннолетние"},
         "citation": "Art. 9"}
      ]
    }
  }
})json";

inline cw::Result<std::shared_ptr<const cw::gui::CoverageData>> testCoverageData()
{
    using namespace Qt::Literals::StringLiterals;
    auto taxonomy = cw::analysis::Taxonomy::fromJson(testCues, u"test-cues.json"_s);
    if (!taxonomy.ok())
        return taxonomy.error();
    auto profiles = cw::analysis::Profiles::fromJson(testProfiles, u"test-profiles.json"_s, taxonomy.value());
    if (!profiles.ok())
        return profiles.error();
    return std::shared_ptr<const cw::gui::CoverageData>(std::make_shared<cw::gui::CoverageData>(
        cw::gui::CoverageData{std::move(taxonomy).value(), std::move(profiles).value(), nullptr}));
}

// Writes `text` as UTF-8 to `path`; false when it cannot.
inline bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

} // namespace cwguitest

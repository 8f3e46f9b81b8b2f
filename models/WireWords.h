#pragma once
// A wire name the console has no words for yet ("seat_plan_update"), made readable as words
// ("Seat plan update"), for item models that translate the names they know.

#include <QString>

namespace wedsync {

inline QString wireNameAsWords(const QString &name)
{
    QString words = name;
    words.replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

} // namespace wedsync

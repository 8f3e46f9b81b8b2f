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

// An id nobody has a name for, kept readable in a column: "0ee8794d…".
inline QString shortenedId(const QString &id)
{
    constexpr int Shown = 8;
    return id.size() > Shown + 4 ? id.left(Shown) + u'\u2026' : id;
}

} // namespace wedsync

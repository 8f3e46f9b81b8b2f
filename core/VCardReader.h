#pragma once
// Reads vCard files (2.1, 3.0 and 4.0; RFC 2426, RFC 6350 and the 2.1 spec as phones and
// Outlook write it) in chunks, so that a file of any size streams through: line unfolding,
// backslash escapes, QUOTED-PRINTABLE with soft line breaks and CHARSET, several cards per
// file. Each card becomes a row keyed by property names, so that the same FieldMapping and
// suggestMapping serve CSV and vCard files:
//   FN; N.family, N.given, N.additional, N.prefix, N.suffix; EMAIL, EMAIL.2, …; TEL, TEL.2, …,
//   TEL.cell, TEL.home, TEL.work; ADR.po_box, ADR.extended, ADR.street, ADR.locality,
//   ADR.region, ADR.postal_code, ADR.country; ORG; TITLE; NOTE; BDAY; ANNIVERSARY (also from
//   X-ANNIVERSARY, X-EVOLUTION-ANNIVERSARY, X-MS-ANNIVERSARY and Apple's labelled X-ABDATE);
//   URL; UID; CATEGORIES; any other property (X-… included) by its name, first value only.
// The preferred value (PREF=1, TYPE=pref) comes first. Binary properties (PHOTO, LOGO, SOUND,
// KEY) are skipped. Problems name the card ("Card 3 (line 41): …"): a card that cannot be
// imported carries its problem; a file that is not vCard text ends in fatalError().

#include "ClientFields.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace wedsync {

struct VCardContact
{
    qint64 number = 0; // 1 for the file's first card
    qint64 line = 0; // the line of its BEGIN:VCARD
    QString version; // "2.1", "3.0", "4.0"; empty when the card does not say
    SourceRow fields; // see above
    QStringList warnings; // what was left out or guessed, each naming the card
    QString problem; // when not empty the card cannot be imported; it says why
};

class VCardReader
{
public:
    struct Limits
    {
        qint64 maxDepth = 100; // cards inside cards (2.1 AGENT)
        qsizetype maxLineBytes = 1024 * 1024; // one property after unfolding
        qsizetype maxValueChars = 64 * 1024; // one value kept in a row
        qsizetype maxCardBytes = 16 * 1024 * 1024;
        qsizetype maxProperties = 10000; // per card
    };

    VCardReader();
    explicit VCardReader(Limits limits);

    void feed(QByteArrayView chunk);
    void finish();

    // The cards complete so far, in file order; each call hands out new ones.
    QList<VCardContact> takeCards();

    // Every row key seen so far, in the order first seen (for a preview and suggestMapping).
    const QStringList &columns() const { return m_columns; }
    // File-wide remarks that did not stop the import, each once.
    const QStringList &notices() const { return m_notices; }
    // Why the file could not be read (further); empty while all is well.
    const QString &fatalError() const { return m_fatal; }
    qint64 cardCount() const { return m_cardCount; }
    bool finished() const { return m_finished; }

private:
    struct Card;
    void sniff();
    void splitLines(QByteArrayView chunk);
    void endPhysicalLine();
    void physicalLine(QByteArrayView line, bool overflowed);
    void startLogical(QByteArrayView line, bool overflowed);
    void appendLogical(QByteArrayView bytes);
    void endLogical();
    void property(QByteArrayView line, qint64 lineNumber);
    void beginCard(qint64 lineNumber);
    void endCard();
    void cardProblem(const QString &message);
    void cardWarning(const QString &message);
    void notice(const QString &message);
    void fail(const QString &message);

    Limits m_limits;
    bool m_finished = false;
    bool m_sniffed = false;
    QString m_fatal;
    QStringList m_notices;

    QByteArray m_physical; // a line not yet ended
    bool m_physicalOverflow = false;
    QByteArray m_physicalHead; // the start of an overflowing line (for its property name)
    qint64 m_lineNumber = 0; // of the last line ended

    QByteArray m_logical; // the property being unfolded
    bool m_haveLogical = false;
    bool m_logicalQuotedPrintable = false;
    bool m_logicalEndsWithEquals = false;
    bool m_logicalDiscard = false;
    bool m_logicalTooLong = false;
    bool m_logicalBinary = false;
    QByteArray m_logicalName;
    qint64 m_logicalLine = 0;
    bool m_sawContent = false;

    qint64 m_depth = 0;
    bool m_agentPending = false;
    std::shared_ptr<Card> m_card;
    qint64 m_cardCount = 0;
    QList<VCardContact> m_cards;
    QStringList m_columns;
};

} // namespace wedsync

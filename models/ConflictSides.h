#pragma once
// The two sides of a conflict in words that fit where it came from: a change the server refused
// against the server's version (an offline edit, a concurrent save), or WedSync's record against
// the CRM's or the calendar's (a sync found both changed). Every text a conflict screen shows
// about a side comes from here, so "refused" is never said of a CRM client.

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace wedsync {

class ConflictSides
{
    Q_DECLARE_TR_FUNCTIONS(wedsync::ConflictSides)
public:
    explicit ConflictSides(const QString &source = {});

    QString mineColumn() const;
    QString theirsColumn() const;
    // Buttons for the selected field, with their mnemonics and tooltips.
    QString keepMineButton() const;
    QString keepMineTip() const;
    QString keepTheirsButton() const;
    QString keepTheirsTip() const;
    QString allMineButton() const;
    QString allMineTip() const;
    QString allTheirsButton() const;
    QString allTheirsTip() const;
    // The apply button when every choice took one side.
    QString applyMine() const;
    QString applyTheirs() const;
    // Undo steps.
    QString keepMineStep(const QString &field) const;
    QString keepTheirsStep(const QString &field) const;
    QString allMineStep() const;
    QString allTheirsStep() const;
    // A field only one side changed (merged by itself).
    QString onlyMineChanged() const;
    QString onlyTheirsChanged() const;
    // "Refused change by Ana at 10:02. Server's change by Luis at 10:05." and its sync forms.
    QString whoChanged(const QString &mineBy, const QString &mineAt, const QString &theirsBy,
                       const QString &theirsAt) const;

private:
    enum class Kind { Server, Crm, Calendar };
    QString pick(const QString &server, const QString &crm, const QString &calendar) const;
    Kind m_kind = Kind::Server;
};

} // namespace wedsync

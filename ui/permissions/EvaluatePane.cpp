#include "permissions/EvaluatePane.h"

#include "LayoutDocument.h"
#include "SectionNames.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

constexpr int SectionIdRole = Qt::UserRole;
const QString UserPrefix = u"user:"_s;
const QString RolePrefix = u"role:"_s;

QString yesNo(bool value)
{
    return value ? EvaluatePane::tr("yes") : EvaluatePane::tr("no");
}

QString flagName(PermissionFlag flag)
{
    switch (flag) {
    case PermissionFlag::View:
        return EvaluatePane::tr("View");
    case PermissionFlag::Edit:
        return EvaluatePane::tr("Edit");
    case PermissionFlag::Hide:
        return EvaluatePane::tr("Hide");
    case PermissionFlag::Conditions:
        return EvaluatePane::tr("Conditions");
    }
    return {};
}

} // namespace

EvaluatePane::EvaluatePane(LayoutDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(u"permissionsEvaluate"_s);
    m_whoLabel = new QLabel(this);
    m_person = new QComboBox(this);
    m_person->setObjectName(u"evaluatePerson"_s);
    m_person->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_person->setMinimumContentsLength(14);
    m_whoLabel->setBuddy(m_person);
    m_whereLabel = new QLabel(this);
    m_wedding = new QComboBox(this);
    m_wedding->setObjectName(u"evaluateWedding"_s);
    m_wedding->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_wedding->setMinimumContentsLength(14);
    m_whereLabel->setBuddy(m_wedding);
    m_whenLabel = new QLabel(this);
    m_moment = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_moment->setObjectName(u"evaluateMoment"_s);
    m_moment->setCalendarPopup(true);
    m_whenLabel->setBuddy(m_moment);
    m_venueTime = new QLabel(this);
    m_venueTime->setObjectName(u"evaluateVenueTime"_s);
    m_venueTime->setWordWrap(true);
    m_now = new QPushButton(this);
    m_now->setObjectName(u"evaluateNow"_s);
    m_weddingDay = new QPushButton(this);
    m_weddingDay->setObjectName(u"evaluateWeddingDay"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"evaluateSummary"_s);
    m_summary->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"evaluateResults"_s);
    m_tree->setColumnCount(4);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto *form = new QGridLayout;
    form->addWidget(m_whoLabel, 0, 0);
    form->addWidget(m_person, 0, 1, 1, 2);
    form->addWidget(m_whereLabel, 1, 0);
    form->addWidget(m_wedding, 1, 1, 1, 2);
    form->addWidget(m_whenLabel, 2, 0);
    form->addWidget(m_moment, 2, 1, 1, 2);
    form->addWidget(m_venueTime, 3, 1, 1, 2);
    form->addWidget(m_now, 4, 1);
    form->addWidget(m_weddingDay, 4, 2);
    form->setColumnStretch(1, 1);
    form->setColumnStretch(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);

    const auto later = [this] {
        // One evaluation for a burst of changes (typing a time, a bulk edit).
        if (m_recomputePending)
            return;
        m_recomputePending = true;
        QTimer::singleShot(0, this, [this] {
            m_recomputePending = false;
            recompute();
        });
    };
    connect(m_person, &QComboBox::currentIndexChanged, this, later);
    connect(m_wedding, &QComboBox::currentIndexChanged, this, [this, later] {
        m_weddingDay->setEnabled(chosenWedding().has_value());
        later();
    });
    connect(m_moment, &QDateTimeEdit::dateTimeChanged, this, later);
    connect(m_document, &LayoutDocument::changed, this, later);
    connect(m_now, &QPushButton::clicked, this,
            [this] { setMoment(QDateTime::currentDateTime()); });
    connect(m_weddingDay, &QPushButton::clicked, this, &EvaluatePane::setMomentToWeddingDay);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, SectionIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT sectionActivated(id);
    });
    retranslate();
}

void EvaluatePane::setMembers(const QList<UserProfile> &members)
{
    m_members = members;
    std::sort(m_members.begin(), m_members.end(), [](const UserProfile &a, const UserProfile &b) {
        return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
    });
    fillPeople();
}

void EvaluatePane::setWeddings(const QList<WeddingItem> &weddings)
{
    m_weddings = weddings;
    fillWeddings();
}

void EvaluatePane::setDefaultWedding(const QString &weddingId)
{
    m_defaultWedding = weddingId;
    setWedding(weddingId);
}

void EvaluatePane::evaluateFor(const QString &userId, Role role)
{
    const int at = m_person->findData(userId.isEmpty() ? QString(RolePrefix + roleName(role))
                                                       : QString(UserPrefix + userId));
    if (at >= 0)
        m_person->setCurrentIndex(at);
}

void EvaluatePane::setWedding(const QString &weddingId)
{
    const int at = m_wedding->findData(weddingId);
    m_wedding->setCurrentIndex(at >= 0 ? at : 0);
}

bool EvaluatePane::chooseWedding(const QString &coupleName)
{
    for (const WeddingItem &wedding : std::as_const(m_weddings)) {
        if (wedding.coupleName == coupleName) {
            setWedding(wedding.id);
            return true;
        }
    }
    return false;
}

void EvaluatePane::setMoment(const QDateTime &at)
{
    const auto wedding = chosenWedding();
    m_moment->setDateTime(wedding ? at.toTimeZone(wedding->timeZone) : at.toLocalTime());
}

QDateTime EvaluatePane::moment() const
{
    return m_moment->dateTime().toUTC();
}

void EvaluatePane::setMomentToWeddingDay()
{
    if (const auto wedding = chosenWedding())
        setMoment(QDateTime(wedding->date, QTime(12, 0), wedding->timeZone));
}

void EvaluatePane::fillPeople()
{
    const QString chosen = m_person->currentData().toString();
    const QSignalBlocker quiet(m_person);
    m_person->clear();
    for (const UserProfile &member : std::as_const(m_members)) {
        m_person->addItem(
            tr("%1 (%2)").arg(member.displayName.isEmpty() ? member.userId : member.displayName,
                              roleDisplayName(member.effectiveRole())),
            QString(UserPrefix + member.userId));
    }
    if (!m_members.isEmpty())
        m_person->insertSeparator(m_person->count());
    for (Role role : allRoles())
        m_person->addItem(tr("Anyone who is %1").arg(roleDisplayName(role)),
                          QString(RolePrefix + roleName(role)));
    const int at = m_person->findData(chosen);
    m_person->setCurrentIndex(
        at >= 0 ? at : m_person->findData(QString(RolePrefix + roleName(Role::Vendor))));
    recompute();
}

void EvaluatePane::fillWeddings()
{
    const QString chosen = m_wedding->currentData().toString();
    const QSignalBlocker quiet(m_wedding);
    m_wedding->clear();
    m_wedding->addItem(tr("No wedding (organization-wide)"), QString());
    for (const WeddingItem &wedding : std::as_const(m_weddings)) {
        m_wedding->addItem(
            wedding.weddingDate.isValid() ? tr("%1, %2").arg(
                wedding.coupleName, QLocale().toString(wedding.weddingDate, QLocale::ShortFormat))
                                          : wedding.coupleName,
            wedding.id);
    }
    const int at = m_wedding->findData(chosen.isEmpty() ? m_defaultWedding : chosen);
    m_wedding->setCurrentIndex(at >= 0 ? at : 0);
    m_weddingDay->setEnabled(chosenWedding().has_value());
    recompute();
}

const UserProfile *EvaluatePane::chosenPerson() const
{
    const QString choice = m_person->currentData().toString();
    if (!choice.startsWith(UserPrefix))
        return nullptr;
    const QString id = choice.mid(UserPrefix.size());
    const auto it = std::find_if(m_members.cbegin(), m_members.cend(),
                                 [&id](const UserProfile &m) { return m.userId == id; });
    return it == m_members.cend() ? nullptr : &*it;
}

std::optional<WeddingContext> EvaluatePane::chosenWedding() const
{
    const QString id = m_wedding->currentData().toString();
    const auto it = std::find_if(m_weddings.cbegin(), m_weddings.cend(),
                                 [&id](const WeddingItem &w) { return w.id == id; });
    if (id.isEmpty() || it == m_weddings.cend())
        return std::nullopt;
    return weddingContextOf(*it);
}

void EvaluatePane::recompute()
{
    UserProfile anyone;
    const UserProfile *person = chosenPerson();
    if (!person) {
        const QString choice = m_person->currentData().toString();
        anyone.organizationId = m_document->organizationId();
        anyone.role
            = roleFromName(QStringView(choice).mid(RolePrefix.size())).value_or(Role::Vendor);
        anyone.displayName = tr("Anyone who is %1").arg(roleDisplayName(*anyone.role));
        person = &anyone;
    }
    const std::optional<WeddingContext> wedding = chosenWedding();
    const QDateTime at = moment();
    const PermissionEngine engine;
    const QString selected = m_tree->currentItem()
        ? m_tree->currentItem()->data(0, SectionIdRole).toString()
        : QString();
    QStringList expanded;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->isExpanded())
            expanded.append(m_tree->topLevelItem(i)->data(0, SectionIdRole).toString());
    }
    m_tree->clear();
    m_results.clear();
    // The time field is this computer's clock; phases and time rules count at the venue.
    m_venueTime->setVisible(wedding.has_value());
    if (wedding)
        m_venueTime->setText(
            tr("At the venue: %1 (%2)")
                .arg(QLocale().toString(at.toTimeZone(wedding->timeZone), QLocale::ShortFormat),
                     QString::fromUtf8(wedding->timeZone.id())));
    int visible = 0;
    QTreeWidgetItem *current = nullptr;
    for (const SectionConfig &section : m_document->sections()) {
        const EffectivePermission result
            = engine.evaluate(*person, section, wedding ? &*wedding : nullptr, at);
        m_results.insert(section.id, result);
        visible += result.canView ? 1 : 0;
        auto *item = new QTreeWidgetItem(m_tree,
                                         {sectionDisplayName(section), yesNo(result.canView),
                                          yesNo(result.canEdit), yesNo(result.canHide)});
        item->setData(0, SectionIdRole, section.id);
        for (const PermissionReason &reason : result.explanation) {
            auto *why
                = new QTreeWidgetItem(item, {tr("%1: %2").arg(flagName(reason.flag), reason.text)});
            why->setFirstColumnSpanned(true);
            why->setToolTip(0, why->text(0));
        }
        item->setExpanded(expanded.contains(section.id));
        if (section.id == selected)
            current = item;
    }
    if (current)
        m_tree->setCurrentItem(current);
    QString where = wedding ? m_wedding->currentText() : tr("organization-wide");
    if (const auto phase = m_results.isEmpty() ? std::nullopt : m_results.cbegin()->phase)
        where = tr("%1, phase: %2").arg(where, weddingPhaseDisplayName(*phase));
    m_summary->setText(
        tr("%1 sees %n of %2 section(s) (%3).", nullptr, visible)
            .arg(person->displayName.isEmpty() ? person->userId : person->displayName,
                 QString::number(m_document->sections().size()), where));
}

void EvaluatePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EvaluatePane::retranslate()
{
    m_whoLabel->setText(tr("W&ho:"));
    m_whereLabel->setText(tr("Wedd&ing:"));
    m_whenLabel->setText(tr("Whe&n:"));
    m_now->setText(tr("Now"));
    m_weddingDay->setText(tr("Wedding day"));
    m_weddingDay->setToolTip(tr("Midday of the wedding's date at the venue"));
    m_tree->setHeaderLabels({tr("Section"), tr("View"), tr("Edit"), tr("Hide")});
    fillPeople();
    fillWeddings();
}

} // namespace wedsync

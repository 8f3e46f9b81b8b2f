#include "layout/LayoutPreviewPane.h"

#include "LayoutDocument.h"
#include "SectionNames.h"
#include "layout/LayoutPreviewGrid.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QStyle>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {
constexpr int SectionIdRole = Qt::UserRole;

QListWidget *plainList(QWidget *parent, const QString &name)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setWordWrap(true);
    list->setUniformItemSizes(false);
    list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return list;
}
} // namespace

LayoutPreviewPane::LayoutPreviewPane(LayoutDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(u"layoutPreview"_s);
    m_asLabel = new QLabel(this);
    m_role = new QComboBox(this);
    m_role->setObjectName(u"previewRole"_s);
    for (Role role : allRoles())
        m_role->addItem(roleDisplayName(role), roleName(role));
    m_role->setCurrentIndex(m_role->findData(roleName(Role::Vendor)));
    m_person = new QComboBox(this);
    m_person->setObjectName(u"previewPerson"_s);
    m_person->addItem(QString(), QString());
    m_person->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_person->setMinimumContentsLength(12);
    m_phase = new QComboBox(this);
    m_phase->setObjectName(u"previewPhase"_s);
    for (WeddingPhase phase : allWeddingPhases())
        m_phase->addItem(weddingPhaseDisplayName(phase), weddingPhaseName(phase));
    m_phase->setCurrentIndex(m_phase->findData(weddingPhaseName(WeddingPhase::WeddingDay)));
    m_time = new QTimeEdit(QTime(12, 0), this);
    m_time->setObjectName(u"previewTime"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"previewSummary"_s);
    m_summary->setWordWrap(true);
    m_grid = new LayoutPreviewGrid(this);
    m_hiddenTitle = new QLabel(this);
    m_hiddenTitle->setObjectName(u"previewHiddenTitle"_s);
    m_hidden = plainList(this, u"previewHidden"_s);
    m_findingsTitle = new QLabel(this);
    m_findingsTitle->setObjectName(u"findingsTitle"_s);
    m_findings = plainList(this, u"layoutFindings"_s);

    auto *choice = new QHBoxLayout;
    choice->addWidget(m_asLabel);
    choice->addWidget(m_role, 1);
    choice->addWidget(m_person, 1);
    auto *when = new QHBoxLayout;
    when->addWidget(m_phase, 1);
    when->addWidget(m_time);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(choice);
    layout->addLayout(when);
    layout->addWidget(m_summary);
    layout->addWidget(m_grid);
    layout->addWidget(m_hiddenTitle);
    layout->addWidget(m_hidden, 1);
    layout->addWidget(m_findingsTitle);
    layout->addWidget(m_findings, 1);

    const auto recomputeNow = [this] {
        recompute();
    };
    connect(m_role, &QComboBox::currentIndexChanged, this, recomputeNow);
    connect(m_person, &QComboBox::currentIndexChanged, this, [this] {
        // A real person previews with their own role.
        if (const UserProfile *person = chosenPerson())
            m_role->setCurrentIndex(m_role->findData(roleName(person->effectiveRole())));
        m_role->setEnabled(!chosenPerson());
        recompute();
    });
    connect(m_phase, &QComboBox::currentIndexChanged, this, recomputeNow);
    connect(m_time, &QTimeEdit::timeChanged, this, recomputeNow);
    connect(m_document, &LayoutDocument::changed, this, [this] {
        recompute();
        showFindings();
    });
    connect(m_grid, &LayoutPreviewGrid::tileClicked, this, &LayoutPreviewPane::sectionActivated);
    const auto activate = [this](QListWidgetItem *item) {
        const QString id = item->data(SectionIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT sectionActivated(id);
    };
    connect(m_hidden, &QListWidget::itemActivated, this, activate);
    connect(m_hidden, &QListWidget::itemClicked, this, activate);
    connect(m_findings, &QListWidget::itemActivated, this, activate);
    connect(m_findings, &QListWidget::itemClicked, this, activate);
    retranslate();
    recompute();
    showFindings();
}

void LayoutPreviewPane::setWedding(const std::optional<WeddingContext> &wedding)
{
    m_wedding = wedding;
    m_phase->setEnabled(wedding.has_value());
    m_time->setEnabled(wedding.has_value());
    recompute();
}

void LayoutPreviewPane::setPreviewFor(Role role, WeddingPhase phase)
{
    m_role->setCurrentIndex(m_role->findData(roleName(role)));
    m_phase->setCurrentIndex(m_phase->findData(weddingPhaseName(phase)));
}

void LayoutPreviewPane::setMembers(const QList<UserProfile> &members)
{
    const QString chosen = m_person->currentData().toString();
    m_members = members;
    std::sort(m_members.begin(), m_members.end(), [](const UserProfile &a, const UserProfile &b) {
        return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
    });
    {
        const QSignalBlocker quiet(m_person);
        while (m_person->count() > 1)
            m_person->removeItem(1);
        for (const UserProfile &member : std::as_const(m_members))
            m_person->addItem(QString(), member.userId);
    }
    retranslatePeople();
    setPreviewPerson(chosen);
    recompute();
}

void LayoutPreviewPane::setPreviewPerson(const QString &userId)
{
    const int index = m_person->findData(userId);
    m_person->setCurrentIndex(index < 0 ? 0 : index);
}

const UserProfile *LayoutPreviewPane::chosenPerson() const
{
    const QString userId = m_person->currentData().toString();
    if (userId.isEmpty())
        return nullptr;
    for (const UserProfile &member : m_members) {
        if (member.userId == userId)
            return &member;
    }
    return nullptr;
}

void LayoutPreviewPane::recompute()
{
    const auto role = roleFromName(m_role->currentData().toString()).value_or(Role::Vendor);
    const auto phase = weddingPhaseFromName(m_phase->currentData().toString())
                           .value_or(WeddingPhase::WeddingDay);
    const UserProfile *chosen = chosenPerson();
    const UserProfile person
        = chosen ? *chosen : profileForRole(role, m_document->organizationId());
    const QString who = chosen ? tr("%1 (%2)").arg(chosen->displayName, roleDisplayName(role))
                               : roleDisplayName(role);
    QDateTime at = QDateTime::currentDateTimeUtc();
    if (m_wedding)
        at = momentInPhase(*m_wedding, phase, m_time->time());
    const QList<SectionConfig> &sections = m_document->sections();
    m_preview = previewLayout(sections, person, m_wedding ? &*m_wedding : nullptr, at);

    QList<SectionConfig> visible;
    m_hidden->clear();
    for (qsizetype i = 0; i < sections.size() && i < m_preview.tiles.size(); ++i) {
        const TilePreview &tile = m_preview.tiles.at(i);
        if (tile.access != TileAccess::Hidden) {
            visible.append(sections.at(i));
            continue;
        }
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(sectionDisplayName(sections.at(i)), tile.reason), m_hidden);
        item->setData(SectionIdRole, sections.at(i).id);
        item->setToolTip(tile.reason);
    }
    m_grid->setTiles(visible, m_preview);
    const qsizetype hidden = m_preview.count(TileAccess::Hidden);
    const qsizetype readOnly = m_preview.count(TileAccess::ReadOnly);
    m_summary->setText(m_wedding ? tr("%1 in %2: sees %n section(s), %3 read-only, %4 hidden.",
                                      nullptr, int(visible.size()))
                                       .arg(who, weddingPhaseDisplayName(phase))
                                       .arg(readOnly)
                                       .arg(hidden)
                                 : tr("%1, organization-wide: sees %n section(s), %2 read-only, "
                                      "%3 hidden.",
                                      nullptr, int(visible.size()))
                                       .arg(who)
                                       .arg(readOnly)
                                       .arg(hidden));
    m_hiddenTitle->setText(tr("Hidden from this person (%1)").arg(hidden));
    m_hidden->setVisible(hidden > 0);
}

void LayoutPreviewPane::showFindings()
{
    m_findings->clear();
    int count = 0;
    for (const SectionConfig &section : m_document->sections()) {
        for (const FieldError &error : m_document->errors(section.id)) {
            auto *item = new QListWidgetItem(
                tr("%1: %2").arg(sectionDisplayName(section), error.message), m_findings);
            item->setData(SectionIdRole, section.id);
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
            ++count;
        }
    }
    for (const IntegrityFinding &finding : m_document->findings()) {
        auto *item = new QListWidgetItem(finding.message, m_findings);
        if (finding.subjectKind == IntegritySubject::Section)
            item->setData(SectionIdRole, finding.subjectId);
        item->setIcon(style()->standardIcon(finding.severity == IntegritySeverity::Error
                                                ? QStyle::SP_MessageBoxCritical
                                                : QStyle::SP_MessageBoxWarning));
        ++count;
    }
    m_findingsTitle->setText(count == 0 ? tr("No problems found in this layout.")
                                        : tr("Problems in this layout (%1)").arg(count));
    m_findings->setVisible(count > 0);
}

void LayoutPreviewPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LayoutPreviewPane::retranslate()
{
    m_asLabel->setText(tr("Preview as"));
    m_role->setAccessibleName(tr("Preview as role"));
    m_phase->setAccessibleName(tr("Wedding phase"));
    m_phase->setToolTip(tr("The phase of the wedding to preview; the organization's default "
                           "layout has no phase."));
    m_time->setAccessibleName(tr("Time of day at the venue"));
    m_hidden->setAccessibleName(tr("Sections hidden from this person, with the reason"));
    m_findings->setAccessibleName(tr("Problems in this layout"));
    for (int i = 0; i < m_role->count(); ++i) {
        if (auto role = roleFromName(m_role->itemData(i).toString()))
            m_role->setItemText(i, roleDisplayName(*role));
    }
    for (int i = 0; i < m_phase->count(); ++i) {
        if (auto phase = weddingPhaseFromName(m_phase->itemData(i).toString()))
            m_phase->setItemText(i, weddingPhaseDisplayName(*phase));
    }
    m_person->setAccessibleName(tr("Preview as a member"));
    m_person->setToolTip(tr("Preview as one real member of the organization, with their role "
                            "and the weddings they may access."));
    retranslatePeople();
    recompute();
    showFindings();
}

void LayoutPreviewPane::retranslatePeople()
{
    m_person->setItemText(0, tr("Anyone with this role"));
    for (int i = 0; i < m_members.size() && i + 1 < m_person->count(); ++i) {
        const UserProfile &member = m_members.at(i);
        m_person->setItemText(
            i + 1, tr("%1 (%2)").arg(member.displayName, roleDisplayName(member.effectiveRole())));
    }
}

} // namespace wedsync

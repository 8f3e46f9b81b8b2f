#include "layout/LayoutVersionsPane.h"

#include "LayoutDiff.h"
#include "LayoutDocument.h"
#include "api/ApiError.h"
#include "common/UserPrompts.h"
#include "layout/LayoutFeed.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {
constexpr int VersionRole = Qt::UserRole;
} // namespace

LayoutVersionsPane::LayoutVersionsPane(LayoutFeed *feed, LayoutDocument *document,
                                       UserPrompts *prompts, QWidget *parent)
    : QWidget(parent)
    , m_feed(feed)
    , m_document(document)
    , m_prompts(prompts)
{
    setObjectName(u"layoutVersions"_s);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"versionList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setColumnCount(4);
    m_list->header()->setStretchLastSection(true);
    m_list->setUniformRowHeights(true);
    m_diffTitle = new QLabel(this);
    m_diffTitle->setObjectName(u"diffTitle"_s);
    m_diffTitle->setWordWrap(true);
    m_changes = new QListWidget(this);
    m_changes->setObjectName(u"versionChanges"_s);
    m_changes->setWordWrap(true);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(u"versionsRefresh"_s);
    m_restore = new QPushButton(this);
    m_restore->setObjectName(u"restoreVersion"_s);
    m_restore->setEnabled(false);
    m_message = new QLabel(this);
    m_message->setObjectName(u"versionsMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addStretch(1);
    buttons->addWidget(m_restore);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_list, 3);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(m_diffTitle);
    layout->addWidget(m_changes, 2);

    connect(m_feed, &LayoutFeed::versionsLoaded, this, &LayoutVersionsPane::onVersions);
    connect(m_feed, &LayoutFeed::versionLoaded, this, &LayoutVersionsPane::onVersion);
    connect(m_feed, &LayoutFeed::versionsFailed, this, &LayoutVersionsPane::onError);
    connect(m_feed, &LayoutFeed::versionRestored, this, [this](qint64 version) {
        m_message->setText(tr("Restored as version %1.").arg(version));
        m_message->show();
        reload();
    });
    connect(m_feed, &LayoutFeed::layoutVersionChanged, this, [this] {
        if (isVisible())
            reload();
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &LayoutVersionsPane::showDiff);
    connect(m_document, &LayoutDocument::changed, this, &LayoutVersionsPane::showDiff);
    connect(m_document, &LayoutDocument::readOnlyChanged, this, &LayoutVersionsPane::showDiff);
    connect(m_refresh, &QPushButton::clicked, this, &LayoutVersionsPane::reload);
    connect(m_restore, &QPushButton::clicked, this, &LayoutVersionsPane::restoreSelected);
    retranslate();
}

void LayoutVersionsPane::reload()
{
    m_feed->loadVersions();
}

bool LayoutVersionsPane::selectVersion(qint64 version, qint64 other)
{
    m_list->clearSelection();
    bool found = false;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const qint64 v = item->data(0, VersionRole).toLongLong();
        if (v == version || (other != 0 && v == other)) {
            item->setSelected(true);
            found = found || v == version;
        }
    }
    return found;
}

void LayoutVersionsPane::onVersions(const QList<LayoutVersionItem> &versions)
{
    const QList<qint64> selected = selectedVersions();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_message->hide();
    const QLocale locale;
    for (const LayoutVersionItem &version : versions) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, QString::number(version.version));
        item->setText(1, locale.toString(version.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(2, version.authorName.isEmpty() ? version.authorId : version.authorName);
        item->setText(3, version.summary);
        item->setToolTip(3, version.summary);
        item->setData(0, VersionRole, version.version);
        item->setSelected(selected.contains(version.version));
    }
    for (int column = 0; column < 3; ++column)
        m_list->resizeColumnToContents(column);
    if (versions.isEmpty()) {
        m_message->setText(tr("No saved versions yet: the first save creates one."));
        m_message->show();
    }
    showDiff();
}

void LayoutVersionsPane::onVersion(qint64 version, const QList<SectionConfig> &sections)
{
    m_snapshots.insert(version, sections);
    m_asked.removeAll(version);
    showDiff();
}

void LayoutVersionsPane::onError(const ApiError &error)
{
    m_message->setText(error.message);
    m_message->show();
}

QList<qint64> LayoutVersionsPane::selectedVersions() const
{
    QList<qint64> versions;
    for (const QTreeWidgetItem *item : m_list->selectedItems())
        versions.append(item->data(0, VersionRole).toLongLong());
    std::sort(versions.begin(), versions.end());
    return versions;
}

void LayoutVersionsPane::showDiff()
{
    const QList<qint64> selected = selectedVersions();
    m_restore->setEnabled(selected.size() == 1 && !m_document->isReadOnly());
    m_changes->clear();
    if (selected.isEmpty() || selected.size() > 2) {
        m_diffTitle->setText(selected.isEmpty()
                                 ? tr("Select a version to see how it differs from the layout "
                                      "on screen, or two to compare them.")
                                 : tr("Select at most two versions to compare."));
        return;
    }
    for (qint64 version : selected) {
        if (!m_snapshots.contains(version) && !m_asked.contains(version)) {
            m_asked.append(version);
            m_feed->loadVersion(version);
        }
    }
    const auto missing = std::any_of(selected.cbegin(), selected.cend(),
                                     [this](qint64 v) { return !m_snapshots.contains(v); });
    if (missing) {
        m_diffTitle->setText(tr("Loading the version…"));
        return;
    }
    LayoutDiff diff;
    if (selected.size() == 2) {
        diff = diffLayouts(m_snapshots.value(selected.at(0)), m_snapshots.value(selected.at(1)));
        m_diffTitle->setText(tr("From version %1 to version %2: %3")
                                 .arg(selected.at(0))
                                 .arg(selected.at(1))
                                 .arg(diff.summary()));
    } else {
        diff = diffLayouts(m_snapshots.value(selected.at(0)), m_document->sections());
        m_diffTitle->setText(tr("From version %1 to the layout on screen: %2")
                                 .arg(selected.at(0))
                                 .arg(diff.summary()));
    }
    for (const LayoutChange &change : diff.changes)
        new QListWidgetItem(change.text, m_changes);
}

void LayoutVersionsPane::restoreSelected()
{
    const QList<qint64> selected = selectedVersions();
    if (selected.size() != 1)
        return;
    const qint64 version = selected.first();
    QString text = tr("The layout becomes what it was in version %1, as a new version; the "
                      "current one stays in the list and can be restored in turn.")
                       .arg(version);
    if (m_document->isModified())
        text += u"\n\n"_s + tr("Your unsaved changes to this layout are discarded.");
    if (!m_prompts->confirm(this, tr("Restore version %1?").arg(version), text,
                            tr("Restore version %1").arg(version)))
        return;
    m_message->setText(tr("Restoring version %1…").arg(version));
    m_message->show();
    m_feed->restoreVersion(version, m_document->layoutVersion());
}

void LayoutVersionsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LayoutVersionsPane::retranslate()
{
    m_list->setHeaderLabels({tr("Version"), tr("Saved"), tr("By"), tr("What changed")});
    m_list->setAccessibleName(tr("Saved versions of this layout"));
    m_changes->setAccessibleName(tr("Differences between the versions"));
    m_refresh->setText(tr("Reload versions"));
    m_restore->setText(tr("Restore…"));
    m_restore->setToolTip(tr("Make the layout what it was in the selected version"));
    showDiff();
}

} // namespace wedsync

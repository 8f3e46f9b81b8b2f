#include "config/ConfigHistoryPanel.h"

#include "ConfigModels.h"
#include "api/ApiError.h"
#include "common/TableSelection.h"
#include "common/UserPrompts.h"
#include "config/ConfigActions.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QList<ConfigHistoryRow> rowsOf(const QList<ConfigHistoryEntry> &entries)
{
    QList<ConfigHistoryRow> rows;
    for (const ConfigHistoryEntry &entry : entries)
        rows << ConfigHistoryRow {entry.id,        entry.version,       entry.summary,
                                  entry.changedBy, entry.changedByName, entry.occurredAt};
    return rows;
}

} // namespace

ConfigHistoryPanel::ConfigHistoryPanel(ConfigActions *actions, UserPrompts *prompts,
                                       QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_prompts(prompts)
    , m_model(new ConfigHistoryModel(this))
    , m_heading(new QLabel(this))
    , m_view(new QTableView(this))
    , m_more(new QPushButton(this))
    , m_compare(new QPushButton(this))
    , m_rollback(new QPushButton(this))
    , m_diffHeading(new QLabel(this))
    , m_diff(new QListWidget(this))
{
    setObjectName(u"configHistoryPanel"_s);
    m_heading->setWordWrap(true);
    m_view->setObjectName(u"configHistory"_s);
    m_view->setModel(m_model);
    setUpRowTable(m_view, true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_more->setObjectName(u"configHistoryMore"_s);
    m_compare->setObjectName(u"configCompare"_s);
    m_rollback->setObjectName(u"configRollback"_s);
    m_diff->setObjectName(u"configDiff"_s);
    m_diff->setWordWrap(true);
    m_diffHeading->setBuddy(m_diff);
    m_diffHeading->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_more);
    buttons->addStretch(1);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_rollback);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_diffHeading);
    layout->addWidget(m_diff, 1);

    connect(m_more, &QPushButton::clicked, this, &ConfigHistoryPanel::moreRequested);
    connect(m_compare, &QPushButton::clicked, this, &ConfigHistoryPanel::compareSelected);
    connect(m_rollback, &QPushButton::clicked, this, &ConfigHistoryPanel::rollbackSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateButtons(); });
    connect(m_actions, &ConfigActions::compared, this,
            [this](qint64 from, qint64 to, const QList<ConfigChange> &changes) {
                m_diff->clear();
                m_diffHeading->setText(
                    tr("&Differences from version %1 to version %2:").arg(from).arg(to));
                for (const ConfigChange &change : changes)
                    m_diff->addItem(configChangeSentence(change));
                if (changes.isEmpty())
                    m_diff->addItem(tr("Nothing changed between these versions."));
            });
    connect(m_actions, &ConfigActions::rolledBack, this, [this](const ConfigView &view, qint64) {
        Q_EMIT statusMessage(tr("Rolled back: the settings are now version %1. Roll forward by "
                                "rolling back to the version before it.")
                                 .arg(view.version));
    });
    connect(m_actions, &ConfigActions::failed, this,
            [this](const QString &what, const ApiError &error) {
                if (what == u"rollback")
                    Q_EMIT statusMessage(tr("The rollback failed: %1").arg(error.userMessage()));
                else if (what == u"compare")
                    Q_EMIT statusMessage(
                        tr("The versions could not be compared: %1").arg(error.userMessage()));
            });
    retranslate();
    updateButtons();
}

void ConfigHistoryPanel::setView(const ConfigView &view)
{
    m_current = view;
    m_hasView = true;
    updateButtons();
}

void ConfigHistoryPanel::setEntries(const QList<ConfigHistoryEntry> &entries, bool append,
                                    bool hasMore)
{
    if (append) {
        m_model->append(rowsOf(entries));
    } else {
        // A live reload keeps what the user selected (the same versions).
        const QList<qint64> selected = selectedVersions();
        m_model->setItems(rowsOf(entries));
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (selected.contains(m_model->item(row).version))
                m_view->selectionModel()->select(m_model->index(row, 0),
                                                 QItemSelectionModel::Select
                                                     | QItemSelectionModel::Rows);
        }
    }
    m_more->setVisible(hasMore);
    updateButtons();
}

void ConfigHistoryPanel::clear()
{
    m_model->setItems({});
    m_diff->clear();
    m_hasView = false;
    m_more->hide();
    updateButtons();
}

void ConfigHistoryPanel::setWritable(bool mayWrite)
{
    m_mayWrite = mayWrite;
    m_rollback->setVisible(mayWrite);
    updateButtons();
}

QList<qint64> ConfigHistoryPanel::selectedVersions() const
{
    QList<qint64> versions;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        versions << m_model->item(index.row()).version;
    std::sort(versions.begin(), versions.end());
    return versions;
}

void ConfigHistoryPanel::compareSelected()
{
    const QList<qint64> versions = selectedVersions();
    if (!m_hasView || versions.isEmpty() || versions.size() > 2)
        return;
    const qint64 to = versions.constLast();
    const qint64 from = versions.size() == 2 ? versions.constFirst() : to - 1;
    m_actions->compare(m_current.scope, m_current.settingType, qMax<qint64>(0, from), to);
}

void ConfigHistoryPanel::rollbackSelected()
{
    const QList<qint64> versions = selectedVersions();
    if (!m_hasView || versions.size() != 1)
        return;
    const qint64 version = versions.constFirst();
    if (version == m_current.version) {
        Q_EMIT statusMessage(tr("Version %1 is the current one already.").arg(version));
        return;
    }
    if (!m_prompts->confirm(this, tr("Roll back the settings"),
                            tr("Make these settings equal to version %1 again? This is saved as "
                               "a new version %2; rolling back to version %3 later undoes it.")
                                .arg(version)
                                .arg(m_current.version + 1)
                                .arg(m_current.version),
                            tr("Roll back")))
        return;
    m_actions->rollback(m_current, version);
}

void ConfigHistoryPanel::updateButtons()
{
    const qsizetype selected = m_view->selectionModel()->selectedRows().size();
    m_compare->setEnabled(m_hasView && (selected == 1 || selected == 2));
    m_rollback->setEnabled(m_hasView && m_mayWrite && selected == 1);
}

void ConfigHistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConfigHistoryPanel::retranslate()
{
    m_heading->setText(tr("Every version of this level's own settings, newest first. Select one "
                          "to compare it with the one before, or two to compare them."));
    m_view->setAccessibleName(tr("History"));
    m_more->setText(tr("Load &more"));
    m_compare->setText(tr("Com&pare"));
    m_rollback->setText(tr("&Roll back to this version"));
    if (m_diff->count() == 0)
        m_diffHeading->setText(tr("&Differences:"));
    m_model->retranslate();
}

} // namespace wedsync

#include "integrations/FileImportRun.h"

#include "api/ApiClient.h"
#include "feeds/FeedReplies.h"
#include "integrations/CrmRequests.h"

#include <QFileInfo>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

ImportFileReader::Format formatFor(const QString &path, QFile &file)
{
    if (const auto byName = ImportFileReader::formatOf(path))
        return *byName;
    // No telling suffix: a vCard file says so on its first line.
    const QByteArray head = file.peek(64).trimmed().toUpper();
    return head.startsWith("BEGIN:VCARD") ? ImportFileReader::Format::VCard
                                          : ImportFileReader::Format::Csv;
}

} // namespace

FileImportRun::FileImportRun(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    qRegisterMetaType<FileImportReport>();
}

FileImportRun::~FileImportRun()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

FilePreview FileImportRun::preview(const QString &path)
{
    FilePreview preview;
    preview.fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error = tr("“%1” cannot be opened: %2").arg(preview.fileName, file.errorString());
        return preview;
    }
    preview.format = formatFor(path, file);
    ImportFileReader reader(preview.format);
    // A few chunks are enough for the header and the first rows; a row longer than that is
    // not a client worth previewing.
    for (int chunk = 0; chunk < 16 && preview.rows.size() < PreviewRows; ++chunk) {
        const QByteArray bytes = file.read(ChunkBytes);
        if (bytes.isEmpty()) {
            reader.finish();
        } else {
            reader.feed(bytes);
        }
        for (const ImportRow &row : reader.takeRows()) {
            if (row.problem.isEmpty() && preview.rows.size() < PreviewRows)
                preview.rows.append(row.fields);
        }
        if (!reader.fatalError().isEmpty() || bytes.isEmpty())
            break;
    }
    preview.columns = reader.columns();
    preview.notices = reader.notices();
    preview.error = reader.fatalError();
    if (preview.error.isEmpty() && preview.columns.isEmpty())
        preview.error = tr("“%1” has no rows to import.").arg(preview.fileName);
    return preview;
}

bool FileImportRun::start(const QString &path, const QString &organizationId,
                          const FieldMapping &mapping, bool dryRun)
{
    cancel();
    m_report = {};
    m_report.dryRun = dryRun;
    m_fileName = QFileInfo(path).fileName();
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        m_report.error = tr("“%1” cannot be opened: %2").arg(m_fileName, file->errorString());
        Q_EMIT finished(m_report);
        return false;
    }
    m_reader = std::make_unique<ImportFileReader>(formatFor(path, *file));
    m_file = std::move(file);
    m_organizationId = organizationId;
    m_mapping = mapping;
    m_batch = {};
    m_batchOffset = 0;
    m_endOfFile = false;
    m_cancelRequested = false;
    return true;
}

void FileImportRun::check(const QString &path, const QString &organizationId,
                          const FieldMapping &mapping)
{
    if (start(path, organizationId, mapping, true))
        readMore();
}

void FileImportRun::run(const QString &path, const QString &organizationId,
                        const QString &integrationId, const FieldMapping &mapping,
                        qint64 expectedRows)
{
    if (!start(path, organizationId, mapping, false))
        return;
    m_integrationId = integrationId;
    // The job first: every batch belongs to it, and its log says where the import stopped.
    m_reply = m_api->send(crmapi::startFileImport(
        organizationId, integrationId, ImportFileReader::formatId(m_reader->format()), m_fileName,
        int(std::clamp<qint64>(expectedRows, 0, 1 << 30))));
    onReplyFinished(m_reply, this, [this](ApiReply *answer) {
        if (!answer->ok()) {
            stop(tr("The import did not start: %1").arg(answer->error().userMessage()));
            return;
        }
        m_report.jobId = answer->object().value(u"id"_s).toString();
        readMore();
    });
}

void FileImportRun::cancel()
{
    if (!m_file)
        return;
    m_cancelRequested = true;
    if (!m_reply) // between chunks: stop now
        stop({});
}

void FileImportRun::skip(qint64 row, const QString &reason)
{
    ++m_report.skippedCount;
    if (m_report.skipped.size() < MaxSkippedListed)
        m_report.skipped.append({row, reason});
}

void FileImportRun::readMore()
{
    if (!m_file)
        return;
    if (m_cancelRequested) {
        stop({});
        return;
    }
    const QByteArray bytes = m_file->read(ChunkBytes);
    if (bytes.isEmpty()) {
        m_reader->finish();
        m_endOfFile = true;
    } else {
        m_reader->feed(bytes);
    }
    for (const ImportRow &row : m_reader->takeRows()) {
        ++m_report.rowsRead;
        m_report.formulaRows += row.hasFormula ? 1 : 0;
        if (!row.problem.isEmpty()) {
            skip(row.number, row.problem);
            continue;
        }
        const MappedRow mapped = m_mapping.apply(row.fields);
        const QList<FieldError> problems = mapped.record.validate();
        if (!problems.isEmpty()) {
            skip(row.number, problems.constFirst().message);
            continue;
        }
        m_batch.append(QJsonObject {{u"row"_s, row.number}, {u"fields"_s, mapped.record.toJson()}});
    }
    Q_EMIT progress(m_file->pos(), m_file->size(), m_batchOffset);
    if (!m_reader->fatalError().isEmpty()) {
        stop(m_reader->fatalError());
        return;
    }
    if (m_batch.size() >= BatchSize || (m_endOfFile && !m_batch.isEmpty())) {
        sendBatch();
        return;
    }
    if (m_endOfFile) {
        m_report.completed = true;
        m_report.notices = m_reader->notices();
        finishJob();
        return;
    }
    // Next chunk on the next turn of the event loop: the window stays responsive.
    QTimer::singleShot(0, this, &FileImportRun::readMore);
}

void FileImportRun::sendBatch()
{
    // Batches of at most BatchSize: a chunk may have brought more rows than that.
    QJsonArray rows;
    while (!m_batch.isEmpty() && rows.size() < BatchSize) {
        rows.append(m_batch.first());
        m_batch.removeFirst();
    }
    const int sent = int(rows.size());
    m_reply = m_report.dryRun ? m_api->send(crmapi::matchClients(m_organizationId, rows))
                              : m_api->send(crmapi::importRows(m_organizationId, m_report.jobId,
                                                               int(m_batchOffset), rows));
    onReplyFinished(m_reply, this, [this, sent, rows](ApiReply *answer) {
        if (!answer->ok()) {
            const qint64 firstRow = rows.first().toObject().value(u"row"_s).toInteger();
            stop(tr("Stopped at row %1: %2").arg(firstRow).arg(answer->error().userMessage()));
            return;
        }
        onBatchAnswer(answer->object(), sent);
    });
}

void FileImportRun::onBatchAnswer(const QJsonObject &answer, int sent)
{
    const bool dry = m_report.dryRun;
    m_report.created += answer.value(dry ? u"create"_s : u"created"_s).toInt();
    m_report.updated += answer.value(dry ? u"update"_s : u"updated"_s).toInt();
    for (const QJsonValue &value : answer.value(u"skipped"_s).toArray()) {
        const QJsonObject skipped = value.toObject();
        skip(skipped.value(u"row"_s).toInteger(), skipped.value(u"reason"_s).toString());
    }
    m_batchOffset += sent;
    Q_EMIT progress(m_file->pos(), m_file->size(), m_batchOffset);
    if (m_cancelRequested) {
        stop({});
        return;
    }
    if (!m_batch.isEmpty() && (m_batch.size() >= BatchSize || m_endOfFile)) {
        sendBatch();
        return;
    }
    readMore();
}

void FileImportRun::stop(const QString &error)
{
    m_report.cancelled = m_cancelRequested && error.isEmpty();
    m_report.error = error;
    if (m_reader)
        m_report.notices = m_reader->notices();
    finishJob();
}

void FileImportRun::finishJob()
{
    if (m_report.dryRun || m_report.jobId.isEmpty()) {
        done();
        return;
    }
    QString message;
    if (m_report.cancelled)
        message = tr("Cancelled by the user after %n row(s) of %1.", nullptr, int(m_batchOffset))
                      .arg(m_fileName);
    else if (!m_report.error.isEmpty())
        message = m_report.error;
    m_reply = m_api->send(
        crmapi::finishFileImport(m_organizationId, m_report.jobId, m_report.completed, message));
    onReplyFinished(m_reply, this, [this](ApiReply *) { done(); });
}

void FileImportRun::done()
{
    m_file.reset();
    m_reader.reset();
    m_reply = nullptr;
    Q_EMIT finished(m_report);
}

} // namespace wedsync

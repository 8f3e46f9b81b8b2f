#pragma once
// One client file through the CRM hub, streamed: read in chunks with core's CSV or vCard
// reader, each row through the field mapping, sent in batches of at most BatchSize rows with
// one batch on the wire at a time (reading waits for it, so a 1 GB file never sits in memory).
// Three uses: preview() reads the first rows for the mapping; check() is the dry run (how many
// clients would be created, updated or skipped and why, nothing written); run() imports into a
// job of the connection, so the job's log says where an import stopped and a cancelled or
// failed import is never a half-imported batch without a line saying so.

#include "ClientFields.h"
#include "ImportFileReader.h"
#include "api/ApiError.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QObject>
#include <QPointer>

#include <memory>

namespace wedsync {

class ApiClient;
class ApiReply;

struct FilePreview
{
    QString fileName;
    ImportFileReader::Format format = ImportFileReader::Format::Csv;
    QStringList columns;
    QList<SourceRow> rows; // the first PreviewRows readable rows
    QStringList notices; // e.g. "read as Windows-1252"
    QString error; // the file cannot be read at all
};

struct SkippedRow
{
    qint64 row = 0;
    QString reason;
};

struct FileImportReport
{
    bool dryRun = true;
    bool completed = false; // the whole file went through
    bool cancelled = false;
    qint64 rowsRead = 0;
    int created = 0;
    int updated = 0;
    QList<SkippedRow> skipped; // the first MaxSkippedListed; skippedCount counts all
    int skippedCount = 0;
    int formulaRows = 0;
    QStringList notices;
    QString error; // why it stopped early, naming the row where it could
    QString jobId;
};

class FileImportRun : public QObject
{
    Q_OBJECT
public:
    static constexpr int BatchSize = 200;
    static constexpr int PreviewRows = 20;
    static constexpr int MaxSkippedListed = 1000;
    static constexpr qint64 ChunkBytes = 256 * 1024;

    FileImportRun(ApiClient *api, QObject *parent = nullptr);
    ~FileImportRun() override;

    // Reads the first rows (synchronously: a few chunks at most).
    static FilePreview preview(const QString &path);

    void check(const QString &path, const QString &organizationId, const FieldMapping &mapping);
    // `expectedRows`: what a check counted (0: unknown), for the job's progress.
    void run(const QString &path, const QString &organizationId, const QString &integrationId,
             const FieldMapping &mapping, qint64 expectedRows = 0);
    // Stops after the batch on the wire; a run's job is finished as failed, saying where.
    void cancel();
    bool isRunning() const { return m_file != nullptr; }
    const FileImportReport &report() const { return m_report; }

Q_SIGNALS:
    // Bytes of the file read so far; rows sent so far.
    void progress(qint64 bytesRead, qint64 bytesTotal, qint64 rows);
    void finished(const wedsync::FileImportReport &report);

private:
    bool start(const QString &path, const QString &organizationId, const FieldMapping &mapping,
               bool dryRun);
    void readMore();
    void sendBatch();
    void onBatchAnswer(const QJsonObject &answer, int sent);
    void stop(const QString &error);
    void finishJob();
    void done();
    void skip(qint64 row, const QString &reason);

    ApiClient *m_api;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<ImportFileReader> m_reader;
    FieldMapping m_mapping;
    QString m_organizationId;
    QString m_integrationId;
    QString m_fileName;
    QJsonArray m_batch;
    qint64 m_batchOffset = 0; // rows sent before this batch (the server's checkpoint)
    bool m_endOfFile = false;
    bool m_cancelRequested = false;
    QPointer<ApiReply> m_reply;
    FileImportReport m_report;
};

} // namespace wedsync

Q_DECLARE_METATYPE(wedsync::FileImportReport)

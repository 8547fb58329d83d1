using System.Collections;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>
/// Holds every query whose text contains <see cref="Marker"/> once one of its readers has read
/// <see cref="Rows"/> rows, from <see cref="Shut"/> until <see cref="Open"/>. A response that arrives while the gate is shut
/// was written before the whole result was read from the database.
/// </summary>
public sealed class ReadGate(string marker, int rows) : DbCommandInterceptor
{
    private TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Marker { get; } = marker;

    public int Rows { get; } = rows;

    public bool Armed { get; private set; }

    public void Shut()
    {
        _open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Armed = true;
    }

    public void Open()
    {
        Armed = false;
        _open.TrySetResult();
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken) =>
        new(Armed && command.CommandText.Contains(Marker, StringComparison.Ordinal) ? new GatedReader(result, Rows, _open.Task) : result);

    private sealed class GatedReader(DbDataReader inner, int rows, Task open) : DbDataReader
    {
        private int _read;

        public override async Task<bool> ReadAsync(CancellationToken cancellationToken)
        {
            if (++_read > rows)
            {
                await open.WaitAsync(cancellationToken);
            }

            return await inner.ReadAsync(cancellationToken);
        }

        public override bool Read() => ReadAsync(CancellationToken.None).GetAwaiter().GetResult();

        public override int Depth => inner.Depth;

        public override int FieldCount => inner.FieldCount;

        public override bool HasRows => inner.HasRows;

        public override bool IsClosed => inner.IsClosed;

        public override int RecordsAffected => inner.RecordsAffected;

        public override object this[int ordinal] => inner[ordinal];

        public override object this[string name] => inner[name];

        public override bool GetBoolean(int ordinal) => inner.GetBoolean(ordinal);

        public override byte GetByte(int ordinal) => inner.GetByte(ordinal);

        public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => inner.GetBytes(ordinal, dataOffset, buffer, bufferOffset, length);

        public override char GetChar(int ordinal) => inner.GetChar(ordinal);

        public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => inner.GetChars(ordinal, dataOffset, buffer, bufferOffset, length);

        public override string GetDataTypeName(int ordinal) => inner.GetDataTypeName(ordinal);

        public override DateTime GetDateTime(int ordinal) => inner.GetDateTime(ordinal);

        public override decimal GetDecimal(int ordinal) => inner.GetDecimal(ordinal);

        public override double GetDouble(int ordinal) => inner.GetDouble(ordinal);

        public override Type GetFieldType(int ordinal) => inner.GetFieldType(ordinal);

        public override T GetFieldValue<T>(int ordinal) => inner.GetFieldValue<T>(ordinal);

        public override float GetFloat(int ordinal) => inner.GetFloat(ordinal);

        public override Guid GetGuid(int ordinal) => inner.GetGuid(ordinal);

        public override short GetInt16(int ordinal) => inner.GetInt16(ordinal);

        public override int GetInt32(int ordinal) => inner.GetInt32(ordinal);

        public override long GetInt64(int ordinal) => inner.GetInt64(ordinal);

        public override string GetName(int ordinal) => inner.GetName(ordinal);

        public override int GetOrdinal(string name) => inner.GetOrdinal(name);

        public override string GetString(int ordinal) => inner.GetString(ordinal);

        public override object GetValue(int ordinal) => inner.GetValue(ordinal);

        public override int GetValues(object[] values) => inner.GetValues(values);

        public override bool IsDBNull(int ordinal) => inner.IsDBNull(ordinal);

        public override bool NextResult() => inner.NextResult();

        public override IEnumerator GetEnumerator() => ((IEnumerable)inner).GetEnumerator();

        public override void Close() => inner.Close();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

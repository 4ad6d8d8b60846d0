/** Keeps the last `limit` characters written to it: Prism's logs, shown only when something fails. */
export class LogBuffer {
  private chunks: string[] = [];
  private size = 0;

  constructor(private readonly limit = 64 * 1024) {}

  /** Appends a chunk, dropping the oldest text beyond the limit. */
  write(chunk: Buffer | string): void {
    const text = typeof chunk === "string" ? chunk : chunk.toString("utf8");
    this.chunks.push(text);
    this.size += text.length;
    while (this.size > this.limit && this.chunks.length > 1) {
      this.size -= this.chunks.shift()!.length;
    }
  }

  /** Everything kept so far. */
  text(): string {
    return this.chunks.join("");
  }
}

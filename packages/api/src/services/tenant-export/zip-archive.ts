import { strToU8, Zip, ZipDeflate } from "fflate";

/** One file being written into the archive, a chunk at a time. */
export interface ArchiveEntry {
  write(text: string): void;
  close(): void;
}

/**
 * A zip archive built in memory with fflate's streaming writer: files are compressed as their
 * chunks arrive, so a large table is never held as one string. (fflate: no dependencies,
 * maintained, and it reads zips too, which the tests use.)
 */
export class ZipArchive {
  private readonly chunks: Uint8Array[] = [];
  private failure: Error | null = null;
  private complete = false;
  private readonly zip = new Zip((error, data, final) => {
    if (error) this.failure = error;
    else this.chunks.push(data);
    if (final) this.complete = true;
  });

  open(name: string): ArchiveEntry {
    const file = new ZipDeflate(name, { level: 6 });
    this.zip.add(file);
    return {
      write: (text) => file.push(strToU8(text)),
      close: () => file.push(new Uint8Array(0), true),
    };
  }

  /** Every entry must be closed first. */
  finish(): Uint8Array<ArrayBuffer> {
    this.zip.end();
    if (this.failure) throw this.failure;
    if (!this.complete) throw new Error("the archive has an entry that was never closed");
    const archive = new Uint8Array(this.chunks.reduce((sum, chunk) => sum + chunk.length, 0));
    let offset = 0;
    for (const chunk of this.chunks) {
      archive.set(chunk, offset);
      offset += chunk.length;
    }
    return archive;
  }
}

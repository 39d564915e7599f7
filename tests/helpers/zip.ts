/**
 * Zip archives written in the tests, as Office and OpenDocument applications write them: Word, Excel and
 * PowerPoint files, OpenDocument packages (whose `mimetype` member must be stored, not compressed), and a zip bomb.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

/** One member as it goes into the archive: its bytes as stored, and the size, CRC and method its headers declare. */
interface PackedMember {
  name: string;
  packed: Buffer;
  size: number;
  crc: number;
  method: 0 | 8;
}

/** A zip archive of members given in order; members marked `stored` are not compressed. */
export function zipArchive(members: { name: string; data: string | Buffer; stored?: boolean }[]): Buffer {
  return zipPacked(
    members.map((member) => {
      const data = Buffer.isBuffer(member.data) ? member.data : Buffer.from(member.data, 'utf8');
      return {
        name: member.name,
        packed: member.stored ? data : deflateRawSync(data),
        size: data.length,
        crc: crc32(data),
        method: member.stored ? 0 : 8,
      };
    }),
  );
}

/** A zip archive of the given files (deflated). */
export function zip(files: Record<string, string | Buffer>): Buffer {
  return zipArchive(Object.entries(files).map(([name, data]) => ({ name, data })));
}

/**
 * A zip bomb: one deflated member that expands to `megabytes` MB of zeros while the archive stays small (the same
 * sync-flushed block of a megabyte of zeros repeated, then a final empty block). The central directory declares
 * an expanded size of 1 KB: a reader that trusts it would be fooled.
 */
export function zipBomb(member: string, megabytes: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_SYNC_FLUSH });
  const packed = Buffer.concat([...Array.from({ length: megabytes }, () => block), Buffer.from([0x03, 0x00])]);
  return zipPacked([{ name: member, packed, size: 1024, crc: 0, method: 8 }]);
}

function zipPacked(members: PackedMember[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, packed, size, crc, method } of members) {
    const fileName = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, packed);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

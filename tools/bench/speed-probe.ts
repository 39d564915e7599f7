/**
 * The machine's speed just before a size is built: the CPU time of one fixed share image (satori, resvg, sharp, the
 * build's largest cost), median of 25 after 15 to warm up. A shared VM's speed drifts by 10–20% from hour to hour;
 * two runs' wall times compare only alongside this figure.
 */
import { renderJob } from '../../src/posters/render.ts';
import type { PosterJob } from '../../src/posters/jobs.ts';

const JOB: PosterJob = {
  file: '/anh-chia-se/bai-viet/do-toc-do.png',
  page: '/bai-viet/do-toc-do/',
  template: 'share',
  format: 'png',
  data: {
    brand: {
      siteName: 'Xã không ma túy',
      communeName: 'xã Lạc Phượng',
      province: 'thành phố Hải Phòng',
      host: 'lacphuong.example.vn',
      phone: '0225 3888 101',
      phoneIsExample: true,
    },
    kicker: 'Bài viết',
    title: 'Bóng cười và những hệ lụy khó lường: bài học từ thực tế ở thôn Đông Lạc',
  },
};

/** Median CPU milliseconds of one render of the fixed share image. */
export async function speedProbe(): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 40; i++) {
    const started = process.cpuUsage();
    await renderJob(JOB);
    const used = process.cpuUsage(started);
    if (i >= 15) times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]! * 10) / 10;
}

import { describe, expect, it } from 'vitest';
import { sourceArticleZh } from '../../../server/seed/sourceArticle';
import { actionHeading, readFrame } from './frame';

describe('the frame a report names', () => {
  it('reads the "1310" frame of the Weihai Hi-Tech Zone: one goal, three tasks, ten actions in order', () => {
    const frame = readFrame(sourceArticleZh);
    expect(frame?.code).toBe('1310');
    expect(frame?.goal).toBe('建设产业创新高地、生态宜居新城,当好高质量发展的示范引领区');
    expect(frame?.tasks).toEqual(['产业提级', '城市提质', '民生提档']);
    expect(frame?.actions).toHaveLength(10);
    expect(frame?.actions[0]).toBe('产业转型升级');
    expect(frame?.actions[9]).toBe('安全稳定护航');
  });

  it('takes the actions from "实施……攻坚行动。" headings when no list names them', () => {
    const frame = readFrame(
      '实施招商引资突破攻坚行动。力争新落地项目10个以上。\n实施项目建设提速攻坚行动。年内投产项目40个以上。',
    );
    expect(frame).toEqual({ code: null, goal: null, tasks: [], actions: ['招商引资突破', '项目建设提速'] });
  });

  it('proposes no frame for a text that names none', () => {
    expect(readFrame('主要预期目标是:地区生产总值增长6%左右。')).toBeNull();
  });

  it('reads the action a paragraph opens, from a campaign heading or a numbered one', () => {
    expect(actionHeading('实施项目建设提速攻坚行动。“一把手”担任……')).toEqual({
      name: '项目建设提速',
      alone: false,
    });
    expect(actionHeading('(一)做精老城区。以整体思维推进城市更新。')).toEqual({
      name: '做精老城区',
      alone: false,
    });
    expect(actionHeading('(二)做优现代服务业')).toEqual({ name: '做优现代服务业', alone: true });
    expect(actionHeading('全区上下要统一思想')).toBeNull();
  });
});

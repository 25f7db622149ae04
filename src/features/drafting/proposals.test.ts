import { describe, expect, it } from 'vitest';
import type { PlanDraftResponse } from '../../api/planDraftsContract';
import { draftPlan } from '../../domain/drafting/draftPlan';
import { sourceArticleZh } from '../../../server/seed/sourceArticle';
import { confirmedTargets, reviewCounts, reviewOf, reviewReducer, type Review } from './proposals';

/** The seed article as the API answers it. */
function seedReview(): Review {
  const draft: PlanDraftResponse = { ...draftPlan(sourceArticleZh), text: sourceArticleZh };
  return reviewOf(draft);
}

const idOf = (review: Review, sentence: string) => {
  const found = review.proposals.find((proposal) =>
    proposal.quotes.some((quote) => quote.sentence === sentence),
  );
  if (!found) throw new Error(`no proposal quotes ${sentence}`);
  return found.id;
};

describe('reviewing a draft', () => {
  it('starts with every proposal undecided and nothing confirmed', () => {
    const review = seedReview();
    expect(reviewCounts(review)).toEqual({ pending: 17, accepted: 0, dropped: 0 });
    expect(confirmedTargets(review)).toEqual([]);
  });

  it('confirms what is accepted or edited, and leaves out what is dropped', () => {
    let review = seedReview();
    const gdp = idOf(review, '地区生产总值增长6%');
    const retail = idOf(review, '社会消费品零售总额增长5.5%');
    const committee = idOf(review, '成立招商“专家咨询委员会”');
    review = reviewReducer(review, { type: 'decide', id: gdp, decision: 'accepted' });
    review = reviewReducer(review, { type: 'editThreshold', id: retail, index: 0, patch: { value: 6 } });
    review = reviewReducer(review, { type: 'decide', id: committee, decision: 'dropped' });
    expect(
      confirmedTargets(review).map((proposal) => [proposal.name, proposal.thresholds[0]?.value]),
    ).toEqual([
      ['地区生产总值', 6],
      ['社会消费品零售总额', 6],
    ]);
    expect(reviewCounts(review)).toMatchObject({ accepted: 2, dropped: 1 });
  });

  it('merges the two start-rate proposals into one target with two dated thresholds, and splits it back', () => {
    let review = seedReview();
    const q1 = idOf(review, '力争一季度开工率超过90%');
    const h1 = idOf(review, '上半年确保开工率达到100%');
    review = reviewReducer(review, { type: 'merge', ids: [h1, q1] });
    const merged = review.proposals.find((proposal) => proposal.id === q1);
    expect(
      merged?.thresholds.map((threshold) => [threshold.comparator, threshold.value, threshold.deadline]),
    ).toEqual([
      ['gt', 90, '2024-03-31'],
      ['gte', 100, '2024-06-30'],
    ]);
    expect(merged?.quotes).toHaveLength(2);
    expect(review.proposals).toHaveLength(16);

    review = reviewReducer(review, { type: 'split', id: q1 });
    expect(review.proposals).toHaveLength(17);
    const parts = review.proposals.filter((proposal) => proposal.name === '开工率');
    expect(parts.map((proposal) => proposal.thresholds.length)).toEqual([1, 1]);
    expect(new Set(parts.map((proposal) => proposal.id)).size).toBe(2);
  });

  it('adds a target the reader missed, due at the plan year-end, accepted and quoting nothing', () => {
    const review = reviewReducer(seedReview(), { type: 'add', name: '新增高新技术企业' });
    const added = review.proposals.at(-1);
    expect(added).toMatchObject({
      name: '新增高新技术企业',
      origin: 'planner',
      decision: 'accepted',
      quotes: [],
    });
    expect(added?.thresholds[0]?.deadline).toBe('2024-12-31');
    expect(confirmedTargets(review)).toEqual([added]);
  });

  it('renames a proposal and counts the edit as accepting it', () => {
    let review = seedReview();
    const id = idOf(review, '年内投产项目40个以上');
    review = reviewReducer(review, { type: 'edit', id, patch: { name: '年内投产项目' } });
    expect(confirmedTargets(review).map((proposal) => proposal.name)).toEqual(['年内投产项目']);
  });
});

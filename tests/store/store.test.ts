import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UnknownIndicatorError } from '../../server/store/errors';
import type { Store } from '../../server/store/port';
import { figure, planId, seedFixture } from './fixture';
import { storeKindsUnderTest, type StoreUnderTest } from './storesUnderTest';

const endOfMarch = '2024-03-31T15:59:59.999Z';
const endOfApril = '2024-04-30T15:59:59.999Z';

describe.each(storeKindsUnderTest())('the $name store', (kind) => {
  let underTest: StoreUnderTest;
  let store: Store;

  beforeEach(async () => {
    underTest = await kind.start();
    store = underTest.store;
  });
  afterEach(async () => {
    await underTest.dispose();
  });

  it('answers a ping', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });

  it('is empty and lists no plans before it is seeded', async () => {
    expect(await store.isEmpty()).toBe(true);
    expect(await store.listPlans()).toEqual([]);
  });

  it('gives back the seeded plan, indicators and work items exactly as written', async () => {
    const seed = seedFixture();
    await store.seed(seed);

    expect(await store.isEmpty()).toBe(false);
    expect(await store.getPlan(planId)).toEqual({
      plan: seed.plan,
      indicators: seed.indicators,
      workItems: seed.workItems,
    });
    expect(await store.getIndicator('start-rate')).toEqual(seed.indicators[1]);
  });

  it('lists each stored plan by its summary only', async () => {
    const { plan } = seedFixture();
    await store.seed(seedFixture());

    expect(await store.listPlans()).toEqual([
      {
        id: plan.id,
        zone: plan.zone,
        year: plan.year,
        title: plan.title,
        sourceDocument: plan.sourceDocument,
        organisationLevel: plan.organisationLevel,
        nature: plan.nature,
        copiedFromPlanId: plan.copiedFromPlanId,
        archived: plan.archived,
        version: plan.version,
      },
    ]);
  });

  it('reads an unknown plan or indicator as null', async () => {
    await store.seed(seedFixture());

    expect(await store.getPlan('no-such-plan')).toBeNull();
    expect(await store.getIndicator('no-such-indicator')).toBeNull();
  });

  it('lists the figures of a whole plan or of one indicator', async () => {
    const seed = seedFixture();
    await store.seed(seed);

    expect(await store.listValues({ planId })).toEqual(seed.values);
    expect(await store.listValues({ planId, indicatorId: 'new-firms' })).toEqual([seed.values[1]]);
    expect(await store.listValues({ planId: 'another-plan' })).toEqual([]);
  });

  it('leaves a figure recorded after the cutoff out of the as-of view', async () => {
    await store.seed(seedFixture());

    const asOfMarch = await store.listValues({ planId, cutoff: endOfMarch });
    expect(asOfMarch.map((value) => value.indicatorId)).toEqual(['start-rate']);

    const asOfApril = await store.listValues({ planId, cutoff: endOfApril });
    expect(asOfApril.map((value) => value.indicatorId)).toEqual(['gdp-growth', 'new-firms', 'start-rate']);
  });

  it('shows the older figure as of a cutoff before a correction, and the correction now', async () => {
    await store.seed(seedFixture());
    const correction = figure({
      indicatorId: 'gdp-growth',
      period: '2024-03',
      value: 6.4,
      recordedAt: '2024-05-06T01:00:00.000Z',
      version: 2,
    });
    await store.recordValue(correction);

    const asOfApril = await store.listValues({ planId, indicatorId: 'gdp-growth', cutoff: endOfApril });
    expect(asOfApril.map((value) => value.value)).toEqual([6.1]);
    expect(await store.listValues({ planId, indicatorId: 'gdp-growth' })).toEqual([correction]);
    expect(
      await store.listValues({ planId, indicatorId: 'gdp-growth', cutoff: correction.recordedAt }),
    ).toEqual([correction]);
  });

  it('takes the later write when two revisions carry the same recording time', async () => {
    await store.seed(seedFixture());
    const recordedAt = '2024-05-06T01:00:00.000Z';
    await store.recordValue(figure({ indicatorId: 'new-firms', period: '2024-04', value: 5, recordedAt }));
    await store.recordValue(
      figure({ indicatorId: 'new-firms', period: '2024-04', value: 6, recordedAt, version: 2 }),
    );

    const asOfMay = await store.listValues({
      planId,
      indicatorId: 'new-firms',
      cutoff: '2024-05-31T15:59:59.999Z',
    });
    expect(asOfMay.map((value) => [value.period, value.value])).toEqual([
      ['2024-03', 4],
      ['2024-04', 6],
    ]);
  });

  it('stores a recording time given with an offset as the same instant in UTC', async () => {
    await store.seed(seedFixture());
    await store.recordValue(
      figure({
        indicatorId: 'new-firms',
        period: '2024-04',
        value: 5,
        recordedAt: '2024-05-01T08:00:00+08:00',
      }),
    );

    const [april] = await store
      .listValues({ planId, indicatorId: 'new-firms', cutoff: '2024-05-01T00:00:00.000Z' })
      .then((values) => values.filter((v) => v.period === '2024-04'));
    expect(april?.recordedAt).toBe('2024-05-01T00:00:00.000Z');
    const justBefore = await store.listValues({
      planId,
      indicatorId: 'new-firms',
      cutoff: '2024-04-30T23:59:59.999Z',
    });
    expect(justBefore.map((value) => value.period)).toEqual(['2024-03']);
  });

  it('refuses a figure for an indicator it does not hold', async () => {
    await store.seed(seedFixture());

    await expect(
      store.recordValue(
        figure({ indicatorId: 'no-such-indicator', period: '2024-03', value: 1, recordedAt: endOfMarch }),
      ),
    ).rejects.toBeInstanceOf(UnknownIndicatorError);
    expect(await store.listValues({ planId })).toHaveLength(3);
  });

  it('reports demo figures and removes them with their revisions, keeping real figures', async () => {
    const seed = seedFixture();
    await store.seed(seed);
    expect(await store.hasDemoData(planId)).toBe(true);

    expect(await store.removeDemoData(planId)).toBe(1);

    expect(await store.hasDemoData(planId)).toBe(false);
    const realFigures = seed.values.filter((value) => !value.isDemo);
    expect(await store.listValues({ planId })).toEqual(realFigures);
    expect(await store.listValues({ planId, cutoff: endOfApril })).toEqual(realFigures);
    expect(await store.removeDemoData(planId)).toBe(0);
  });

  it('keeps a real figure that replaced a demo one when demo data is removed', async () => {
    await store.seed(seedFixture());
    const real = figure({
      indicatorId: 'start-rate',
      period: '2024-03',
      value: 88,
      recordedAt: '2024-04-08T00:00:00.000Z',
      version: 2,
    });
    await store.recordValue(real);

    expect(await store.hasDemoData(planId)).toBe(false);
    expect(await store.removeDemoData(planId)).toBe(0);
    expect(await store.listValues({ planId, indicatorId: 'start-rate' })).toEqual([real]);
    expect(await store.listValues({ planId, indicatorId: 'start-rate', cutoff: endOfMarch })).toEqual([]);
  });

  it('cannot be changed through objects it was given or has returned', async () => {
    const seed = seedFixture();
    await store.seed(seed);
    seed.plan.title.zh = '被改动';
    const read = await store.getPlan(planId);
    read?.indicators.pop();
    const [value] = await store.listValues({ planId });
    if (value) value.value = 0;

    const fresh = seedFixture();
    expect(await store.getPlan(planId)).toEqual({
      plan: fresh.plan,
      indicators: fresh.indicators,
      workItems: fresh.workItems,
    });
    expect(await store.listValues({ planId })).toEqual(fresh.values);
  });

  it('rejects seeding a plan it already holds and keeps what it had', async () => {
    await store.seed(seedFixture());
    const again = seedFixture();
    again.plan.title.zh = '第二份';

    await expect(store.seed(again)).rejects.toThrow();
    expect((await store.listPlans()).map((plan) => plan.title.zh)).toEqual(['2024年工作计划']);
    expect(await store.listValues({ planId })).toEqual(seedFixture().values);
  });

  it.runIf(kind.persistent)(
    'keeps its data when opened again, the migrations running a second time harmlessly',
    async () => {
      const seed = seedFixture();
      await store.seed(seed);

      store = await underTest.reopen();

      expect(await store.isEmpty()).toBe(false);
      expect(await store.getPlan(planId)).toEqual({
        plan: seed.plan,
        indicators: seed.indicators,
        workItems: seed.workItems,
      });
      expect(await store.listValues({ planId })).toEqual(seed.values);
    },
  );
});

/**
 * @jest-environment jsdom
 */
import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { gate, renderPage, type Mock } from '../../../__tests__/render';
import { notificationFixture } from '../../../__tests__/fixtures';
import { UnreadNotificationCountQuery } from '../../../app/layout/UnreadBadge';
import { MarkAllNotificationsReadMutation, MarkNotificationsReadMutation } from '../../../ui/notifications';
import { NotificationCentreQuery } from '../graphql/notifications';
import NotificationsPage from '../components/NotificationsPage';

const NOTICES = [
  notificationFixture('1', { title: 'Første idé' }),
  notificationFixture('2', { title: 'Andre idé' }),
  notificationFixture('3', { title: 'Tredje idé', readAt: '2026-11-03T11:00:00.000Z' }),
];

const centre: Mock = {
  request: { query: NotificationCentreQuery },
  result: { data: { notifications: NOTICES } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const count: Mock = {
  request: { query: UnreadNotificationCountQuery },
  result: { data: { unreadNotificationCount: 2 } },
};

async function showCentre(extra: Mock[], hold?: { operation: string; until: Promise<unknown> }) {
  const view = await renderPage(<NotificationsPage />, {
    path: '/varsler',
    mocks: [centre, count, ...extra],
    hold,
  });
  // The header's count, as the badge reads it, in the same cache.
  await view.client.query({ query: UnreadNotificationCountQuery });
  await screen.findByRole('link', { name: /Første idé/ });
  const read = (optimistic: boolean) =>
    view.client.readQuery({ query: UnreadNotificationCountQuery, optimistic })?.unreadNotificationCount;
  // What shows (with the optimistic layer), and what the server's answer left (without it).
  return { ...view, unreadCount: () => read(true), confirmedCount: () => read(false) };
}

const card = (title: RegExp) => screen.getByRole('link', { name: title }).closest('li')!;

describe('/varsler marks notices read at once (optimistic), without refetching', () => {
  it('shows «Ny» and «Marker som lest» on unread notices only', async () => {
    await showCentre([]);
    expect(within(card(/Første idé/)).getByText('Ny')).toBeInTheDocument();
    expect(
      within(card(/Første idé/)).getByRole('button', { name: 'Marker som lest: Første idé' }),
    ).toBeInTheDocument();
    expect(within(card(/Tredje idé/)).queryByText('Ny')).not.toBeInTheDocument();
    expect(
      within(card(/Tredje idé/)).queryByRole('button', { name: /Marker som lest/ }),
    ).not.toBeInTheDocument();
  });

  it('marks one notice read before the server answers, and lowers the unread count', async () => {
    const user = userEvent.setup();
    const server = gate();
    const mark: Mock = {
      request: { query: MarkNotificationsReadMutation, variables: { ids: ['1'] } },
      result: { data: { markNotificationsRead: 1 } },
    };
    const view = await showCentre([mark], { operation: 'MarkNotificationsRead', until: server.until });
    expect(view.unreadCount()).toBe(2);
    await user.click(screen.getByRole('button', { name: 'Marker som lest: Første idé' }));
    // Before the answer: the optimistic layer.
    expect(within(card(/Første idé/)).queryByText('Ny')).not.toBeInTheDocument();
    expect(within(card(/Andre idé/)).getByText('Ny')).toBeInTheDocument();
    expect(view.unreadCount()).toBe(1);
    expect(view.confirmedCount()).toBe(2);
    server.open();
    // The answer is applied once: the count goes down by one, not two.
    await waitFor(() => expect(view.confirmedCount()).toBe(1));
    expect(
      within(card(/Første idé/)).queryByRole('button', { name: /Marker som lest/ }),
    ).not.toBeInTheDocument();
    expect(view.unreadCount()).toBe(1);
  });

  it('marks all read at once, hides «Marker alle som lest» and sets the count to 0', async () => {
    const user = userEvent.setup();
    const server = gate();
    const markAll: Mock = {
      request: { query: MarkAllNotificationsReadMutation },
      result: { data: { markAllNotificationsRead: 2 } },
    };
    const view = await showCentre([markAll], { operation: 'MarkAllNotificationsRead', until: server.until });
    await user.click(screen.getByRole('button', { name: 'Marker alle som lest' }));
    expect(screen.queryByText('Ny')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Marker alle som lest' })).not.toBeInTheDocument();
    expect(view.unreadCount()).toBe(0);
    server.open();
    await waitFor(() => expect(view.confirmedCount()).toBe(0));
    expect(screen.queryByText('Ny')).not.toBeInTheDocument();
    expect(view.unreadCount()).toBe(0);
  });
});

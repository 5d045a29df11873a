/**
 * @jest-environment jsdom
 */
import { describe, expect, it } from '@jest/globals';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter, Route, Routes, useNavigate } from 'react-router-dom';
import { initTestI18n } from '../../__tests__/render';
import { PageHeading } from '../page';

// Two page components, as two routes of the app are: each page mounts its own heading.
function PageA() {
  return (
    <>
      <PageHeading title="Side A">Side A</PageHeading>
      <Link to="/b">Til B</Link>
    </>
  );
}

function PageB() {
  const navigate = useNavigate();
  return (
    <>
      <PageHeading title="Side B">Side B</PageHeading>
      <button onClick={() => void navigate(-1)}>Tilbake</button>
    </>
  );
}

describe('focus on the page’s heading after a navigation', () => {
  it('stays put on the first page, moves to the h1 after a link and after the browser’s Back (POP)', async () => {
    await initTestI18n();
    const user = userEvent.setup();
    render(
      // The first entry has the key "default", as the page a document was loaded with does.
      <MemoryRouter initialEntries={['/a']}>
        <Routes>
          <Route path="/a" element={<PageA />} />
          <Route path="/b" element={<PageB />} />
        </Routes>
      </MemoryRouter>,
    );

    expect(screen.getByRole('heading', { level: 1, name: 'Side A' })).not.toHaveFocus();

    await user.click(screen.getByRole('link', { name: 'Til B' }));
    // Focus moves in an effect, once the new page has rendered.
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Side B' })).toHaveFocus());

    // Back to the entry the visit started on: it is a navigation like any other now.
    await user.click(screen.getByRole('button', { name: 'Tilbake' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Side A' })).toHaveFocus());
    expect(document.title).toBe('Side A – Lærekraft');
  });
});

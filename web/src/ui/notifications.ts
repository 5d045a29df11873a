import { useTranslation } from 'react-i18next';

/** Where a notice leads: its subject's page. */
const PATHS: Record<string, string> = {
  idea: '/ideer/',
  experiment: '/forsok/',
  lesson: '/laerdommer/',
  network: '/nettverk/',
  challenge: '/utfordringer/',
};

export function notificationPath(n: { subjectType: string; subjectId: string }): string | null {
  const base = PATHS[n.subjectType.toLowerCase()];
  return base ? `${base}${n.subjectId}` : null;
}

/** A notice as a sentence in the reader's language, from its kind and payload (Mitt arbeid and /varsler alike). */
export function useNotificationSentence() {
  const { t } = useTranslation();
  return (n: {
    kind: string;
    title: string | null;
    networkName?: string | null;
    organisationName?: string | null;
  }) => {
    const title = n.title ?? t('notifications.untitled');
    const network = n.networkName ?? t('notifications.centre.aNetwork');
    // An adoption names the organisation trying it (a public fact) when the notice carries it.
    const named = (n.kind === 'lesson.adopted' || n.kind === 'lesson.proposed') && n.organisationName;
    const kind = named ? `${n.kind}By` : n.kind;
    return t(`notifications.kind.${kind}`, {
      title,
      network,
      organisation: n.organisationName ?? '',
      defaultValue: t('notifications.kind.other', { title }),
    });
  };
}

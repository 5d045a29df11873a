import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from '../../i18n/useTranslation';
import type { Locale as GqlLocale } from '../../gql/graphql';
import {
  asLocale,
  fromGqlLocale,
  hasChosenLocale,
  markLocaleSynced,
  setLocale,
  toGqlLocale,
} from '../../i18n';
import { LogoutMutation, SaveLocaleMutation } from './graphql';
import { markSession } from './visit';

interface SignedInPerson {
  id: string;
  name: string;
  locale: GqlLocale;
}

/**
 * After sign-in: a language chosen on this device wins and is saved to the profile;
 * otherwise the profile's language is applied. The cache starts empty for the new session.
 */
export function useAfterSignIn() {
  const client = useApolloClient();
  const { i18n } = useTranslation();
  const [saveLocale] = useMutation(SaveLocaleMutation);

  return useCallback(
    async (person: SignedInPerson) => {
      await client.clearStore();
      const current = asLocale(i18n.language);
      if (hasChosenLocale()) {
        if (toGqlLocale(current) !== person.locale) {
          saveLocale({ variables: { input: { locale: toGqlLocale(current) } } }).catch(() => {
            // Not worth blocking sign-in for; the switch in the header saves it again.
          });
        }
      } else {
        await setLocale(fromGqlLocale(person.locale));
      }
      markLocaleSynced(person.id);
    },
    [client, i18n, saveLocale],
  );
}

export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout] = useMutation(LogoutMutation);

  return useCallback(async () => {
    try {
      await logout();
    } finally {
      markSession(false);
      navigate('/logg-inn', { replace: true });
      await client.clearStore();
    }
  }, [client, logout, navigate]);
}
